using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Streaming;

/// <summary>
/// What the streaming providers' transcoders share around the provider's own work: the original probed here first (a
/// file that is not a video fails at once, before anything is sent or paid for), and at the end the provider's HLS
/// mirrored into the workspace, its thumbnail downloaded, and the seconds of video transcoded recorded.
/// </summary>
internal sealed class StreamingUpload(ProviderClient client, ProviderMedia media)
{
    /// <summary>The original's facts, or an <see cref="MediaErrorCodes.UnreadableInput"/> failure when it holds no video.</summary>
    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var source = await media.ProbeAsync(path, cancellationToken);
        if (source.Video is not { Width: > 0, Height: > 0 } || !(source.DurationSeconds > 0)
            || source.FormatName.Contains("image2", StringComparison.Ordinal) || source.FormatName.Contains("pipe", StringComparison.Ordinal))
        {
            throw MediaProcessingException.UnreadableInput($"The file ({source.FormatName}) is not a video with a picture and a length.");
        }
        return source;
    }

    /// <summary>The provider's HLS at <paramref name="hls"/> and thumbnail at <paramref name="thumbnail"/> copied into the workspace; the seconds recorded.</summary>
    public async Task<TranscodedVideo> FinishAsync(MediaInfo source, Uri hls, Uri thumbnail, double? providerSeconds, string model, MediaWorkspace workspace,
        IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        await client.RecordUsageAsync(model, (decimal)Math.Round(providerSeconds ?? source.DurationSeconds, 3), UsageUnits.VideoSeconds, cancellationToken);
        var folder = workspace.NewFolder("hls");
        var variants = await new HlsMirror(client).MirrorAsync(hls, folder, progress, cancellationToken);
        var thumbnailPath = workspace.NewFile("thumbnail", ".jpg");
        await client.DownloadAsync(thumbnail, thumbnailPath, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Done, 100));
        return new TranscodedVideo(source, thumbnailPath, folder, Path.Combine(folder, HlsMirror.MasterPlaylist), variants);
    }

    /// <summary>A URL under a configured base (<c>Parameters:{name}</c>, else <paramref name="fallback"/>), for addresses the provider builds from ids.</summary>
    public Uri Under(string parameter, string fallback, string path)
    {
        var configured = client.Settings.Parameters.GetValueOrDefault(parameter);
        var baseUrl = new Uri(string.IsNullOrWhiteSpace(configured) ? fallback : configured);
        if (!baseUrl.AbsolutePath.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl + "/");
        }
        return new Uri(baseUrl, path);
    }
}
