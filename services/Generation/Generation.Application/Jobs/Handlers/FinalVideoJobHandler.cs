namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>
/// A project's final video (<see cref="VideoRequested"/> of kind <c>final</c>): the clips fetched and laid out in the
/// timeline's order with their trims; each narration line spoken (espeak-ng locally) to the length of its scene's clip
/// and placed at the clip's start; captions from the spoken narration's timing; music (ducked under the narration unless
/// asked otherwise) and a watermark fetched; all composed once; the video, its thumbnail and its WebVTT captions stored
/// through media-api and announced by <see cref="VideoReady"/>.
/// </summary>
public sealed class FinalVideoJobHandler(IMediaProviders providers, JobInputs inputs, IMediaFiles media) : IJobHandler
{
    /// <summary>How many inputs are fetched, and narration lines spoken, at once.</summary>
    public const int Parallelism = 4;

    public IReadOnlyList<string> Kinds { get; } = [JobKinds.Final];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.Job.PayloadAs<VideoRequested>();
        var (settings, workspace, company, provider) = (request.Inputs, context.Workspace, request.CompanyId, context.Job.Provider);
        if (settings.Clips.Count == 0)
        {
            throw MediaProcessingException.InvalidRequest("A final video needs at least one clip (inputs.clips).");
        }
        context.Progress.Report(new MediaProgress(MediaStages.Compose, 0));

        var clipFiles = await FetchClipsAsync(context.Job, settings.Clips, workspace, cancellationToken);
        var probe = providers.Get<IMediaProbe>(Providers.ProviderOptions.Local);
        var lengths = new Dictionary<Guid, double>();
        foreach (var (fileId, path) in clipFiles)
        {
            lengths[fileId] = (await probe.ProbeAsync(path, cancellationToken)).DurationSeconds;
        }
        var timeline = Layout(settings.Clips, lengths);
        context.Progress.Report(new MediaProgress(MediaStages.Compose, 8));

        var spoken = await SpeakAsync(provider, settings.Narration, timeline, workspace, cancellationToken);
        context.Progress.Report(new MediaProgress(MediaStages.Compose, 20));
        var captions = settings.Captions is { Enabled: true } && spoken.Count > 0
            ? await providers.Get<ICaptionWriter>(Providers.ProviderOptions.Local).WriteAsync(
                [.. spoken.Select(s => new CaptionSegment(s.Text, s.Offset + s.Audio.SpeechStartSeconds, s.Offset + s.Audio.SpeechEndSeconds))],
                workspace, cancellationToken)
            : null;
        var music = settings.MusicFileId is { } musicId
            ? new MusicBed(await AudioAsync(context.Job, musicId, workspace, cancellationToken), settings.MusicVolume ?? 0.3, settings.DuckMusic)
            : null;
        var watermark = settings.WatermarkFileId is { } watermarkId ? await inputs.ImageAsync(context.Job, watermarkId, workspace, "watermark", cancellationToken) : null;
        var style = settings.Captions is { } c ? new CaptionStyle(null, c.FontSize, c.Color, c.Position) : null;

        var video = await providers.Get<IVideoComposer>(Providers.ProviderOptions.Local).ComposeAsync(new CompositionRequest(
                [.. timeline.Select(t => new TimelineClip(clipFiles[t.Clip.FileId], t.TrimStart, t.Duration))],
                [.. spoken.Select(s => new NarrationPlacement(s.Audio.Path, s.Offset))],
                music, watermark, captions, settings.Captions?.Burned ?? false, style),
            workspace, new ProgressRange(context.Progress, 20, 95), cancellationToken);

        var upload = (string output, string path, string type, string name) =>
            media.UploadAsync(new MediaUpload(company, request.UserId, request.RequestId, output, path, type, name, request.ProjectId), cancellationToken);
        var stored = await upload("video", video.Path, "video/mp4", "final.mp4");
        var thumbnail = await upload("thumbnail", video.ThumbnailPath, "image/jpeg", "final.jpg");
        var captionsFile = video.CaptionsPath is { } vtt ? await upload("captions", vtt, "text/vtt", "final.vtt") : null;
        context.Progress.Report(new MediaProgress(MediaStages.Done, 100));

        var ready = new VideoReady(request.RequestId, company, request.ProjectId, request.SceneId, VideoKinds.Final, stored.FileId, video.DurationSeconds,
            stored.Size, video.Width, video.Height, new VideoPlayback(stored.FileId, null), thumbnail.FileId, CaptionsFileId: captionsFile?.FileId);
        return JobOutcome.Of(new { VideoFileId = stored.FileId, ThumbnailFileId = thumbnail.FileId, CaptionsFileId = captionsFile?.FileId, video.DurationSeconds }, ready);
    }

    /// <summary>Where each clip sits on the timeline: its in point, how long it plays (to its end unless trimmed) and when it starts.</summary>
    public static IReadOnlyList<Placed> Layout(IReadOnlyList<VideoClipInput> clips, IReadOnlyDictionary<Guid, double> lengths)
    {
        var placed = new List<Placed>(clips.Count);
        var offset = 0.0;
        foreach (var (clip, index) in clips.Select((c, i) => (c, i)))
        {
            var trimStart = clip.TrimStartSeconds ?? 0;
            var length = lengths[clip.FileId];
            var duration = clip.DurationSeconds ?? length - trimStart;
            if (trimStart < 0 || duration <= 0 || trimStart + duration > length + 0.05)
            {
                throw MediaProcessingException.InvalidRequest(
                    $"Clip {index + 1} lasts {length:0.##} s; it cannot play {duration:0.##} s from {trimStart:0.##} s.");
            }
            placed.Add(new Placed(clip, trimStart, duration, offset));
            offset += duration;
        }
        return placed;
    }

    /// <summary>A clip on the timeline.</summary>
    public sealed record Placed(VideoClipInput Clip, double TrimStart, double Duration, double Offset);

    private sealed record Spoken(string Text, SpokenNarration Audio, double Offset);

    private async Task<Dictionary<Guid, string>> FetchClipsAsync(ClaimedJob job, IReadOnlyList<VideoClipInput> clips, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var files = new System.Collections.Concurrent.ConcurrentDictionary<Guid, string>();
        await Parallel.ForEachAsync(clips.Select(c => c.FileId).Distinct(),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (fileId, token) =>
            {
                var (path, facts) = await inputs.DownloadAsync(job, fileId, workspace, "clip", token);
                files[fileId] = facts.IsVideo ? path : throw MediaProcessingException.InvalidRequest($"Clip {fileId} is {facts.ContentType}, not a video.");
            });
        return new Dictionary<Guid, string>(files);
    }

    /// <summary>Each narration line spoken to its scene's length: matched to a clip by scene id, else by its order (1 = the first clip).</summary>
    private async Task<List<Spoken>> SpeakAsync(
        string provider, IReadOnlyList<NarrationLine> lines, IReadOnlyList<Placed> timeline, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var speech = providers.Get<ISpeechSynthesizer>(provider);
        var placed = lines.Where(l => !string.IsNullOrWhiteSpace(l.Text))
            .Select(line => (Line: line, Clip: timeline.FirstOrDefault(t => line.SceneId is not null && t.Clip.SceneId == line.SceneId)
                ?? (line.Order >= 1 && line.Order <= timeline.Count ? timeline[line.Order - 1] : null)))
            .Where(x => x.Clip is not null)
            .ToList();
        var spoken = new Spoken[placed.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, placed.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var (line, clip) = placed[i];
                var audio = await speech.SpeakAsync(new SpeechRequest(line.Text, clip!.Duration, line.Voice), workspace, null, token);
                spoken[i] = new Spoken(line.Text, audio, clip.Offset);
            });
        return [.. spoken];
    }

    private async Task<string> AudioAsync(ClaimedJob job, Guid fileId, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var (path, facts) = await inputs.DownloadAsync(job, fileId, workspace, "music", cancellationToken);
        return facts.IsAudio || facts.IsVideo ? path : throw MediaProcessingException.InvalidRequest($"The music ({fileId}) is {facts.ContentType}, not audio.");
    }
}
