namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>
/// An uploaded video made playable (<see cref="VideoStored"/> of purpose <c>video-upload</c>; the job's request id is the
/// file's id): the original fetched, probed (a file that is not a readable video fails here, for good, with the reason),
/// transcoded to an HLS ladder with a thumbnail, every rendition stored beside the original through media-api, and
/// <see cref="VideoReady"/> of kind <c>upload</c> announcing the master playlist, upon which media-api makes the file
/// available.
/// </summary>
public sealed class TranscodeJobHandler(IMediaProviders providers, JobInputs inputs, IMediaFiles media) : IJobHandler
{
    public const string HlsFolder = "hls";
    public const string ThumbnailName = "thumbnail.jpg";

    public IReadOnlyList<string> Kinds { get; } = [JobKinds.Transcode];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var stored = context.Job.PayloadAs<VideoStored>();
        var (source, _) = await inputs.DownloadAsync(context.Job, stored.FileId, context.Workspace, "original", cancellationToken);
        var video = await providers.Get<IVideoTranscoder>(context.Job.Provider).TranscodeAsync(new TranscodeRequest(source), context.Workspace,
            new ProgressRange(context.Progress, 0, 90), cancellationToken);
        var files = Directory.EnumerateFiles(video.HlsFolder, "*", SearchOption.AllDirectories)
            // Media playlists last, the master after them: a playlist is never stored before what it names.
            .OrderBy(path => path == video.MasterPlaylistPath ? 2 : path.EndsWith(".m3u8", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var relative = Path.GetRelativePath(video.HlsFolder, files[i]).Replace(Path.DirectorySeparatorChar, '/');
            await media.StoreRenditionAsync(stored.CompanyId, stored.FileId, stored.ProjectId, $"{HlsFolder}/{relative}", files[i], cancellationToken);
            context.Progress.Report(new MediaProgress(MediaStages.Transcode, 90 + 9.0 * (i + 1) / files.Count));
        }
        await media.StoreRenditionAsync(stored.CompanyId, stored.FileId, stored.ProjectId, ThumbnailName, video.ThumbnailPath, cancellationToken);
        var folder = stored.StorageKey[..(stored.StorageKey.LastIndexOf('/') + 1)];
        var playlist = $"{folder}{HlsFolder}/{Path.GetRelativePath(video.HlsFolder, video.MasterPlaylistPath).Replace(Path.DirectorySeparatorChar, '/')}";
        var picture = video.Source.Video!;
        context.Progress.Report(new MediaProgress(MediaStages.Done, 100));
        var ready = new VideoReady(context.Job.RequestId, stored.CompanyId, stored.ProjectId, stored.SceneId, VideoKinds.Upload, stored.FileId,
            video.Source.DurationSeconds, stored.Size, picture.Width, picture.Height, new VideoPlayback(stored.FileId, playlist), ThumbnailFileId: null);
        return JobOutcome.Of(new { HlsPlaylistKey = playlist, Variants = video.Variants.Select(v => v.Name), video.Source.DurationSeconds }, ready);
    }
}
