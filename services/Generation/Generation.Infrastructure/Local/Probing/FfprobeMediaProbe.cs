using FFMpegCore;
using FFMpegCore.Exceptions;

namespace AiVideo.Generation.Infrastructure.Local.Probing;

/// <summary>
/// Reads media files with ffprobe through FFMpegCore's analysis (its JSON model of streams and format), within
/// <see cref="LocalMediaOptions.ProbeTimeout"/>; cancelling or timing out kills ffprobe. A file ffprobe cannot read
/// fails with <see cref="MediaErrorCodes.UnreadableInput"/> and ffprobe's own reason.
/// </summary>
internal sealed class FfprobeMediaProbe(LocalTools tools, IOptions<LocalMediaOptions> options) : IMediaProbe
{
    private readonly FFOptions _ffOptions = new() { BinaryFolder = Path.GetDirectoryName(tools.Ffprobe) ?? "" };

    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw MediaProcessingException.InvalidRequest($"The file '{Path.GetFileName(path)}' does not exist.");
        }
        using var timeout = new CancellationTokenSource(options.Value.ProbeTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, _ffOptions, customArguments: null, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MediaProcessingException(MediaErrorCodes.TimedOut,
                $"ffprobe did not read the file within {options.Value.ProbeTimeout.TotalSeconds:0.#} s.", retryable: true);
        }
        catch (FFProbeProcessException exception)
        {
            var reason = exception.StandardError.Select(line => line.Trim()).LastOrDefault(line => line.Length > 0);
            throw MediaProcessingException.UnreadableInput($"The file is not readable media: {reason ?? $"ffprobe exited with code {exception.ExitCode}"}", exception);
        }
        catch (FFProbeException exception)
        {
            throw MediaProcessingException.UnreadableInput($"The file is not readable media: {exception.Message}", exception);
        }
        return ToMediaInfo(analysis);
    }

    private static MediaInfo ToMediaInfo(IMediaAnalysis analysis)
    {
        var video = analysis.PrimaryVideoStream is { } v
            ? new VideoStreamInfo(v.CodecName ?? "unknown", v.Profile, v.PixelFormat, v.Width ?? 0, v.Height ?? 0,
                v.AverageFrameRate > 0 ? v.AverageFrameRate : v.RealFrameRate, v.Duration.TotalSeconds)
            : null;
        var audio = analysis.PrimaryAudioStream is { } a
            ? new AudioStreamInfo(a.CodecName ?? "unknown", a.SampleRateHz ?? 0, a.Channels ?? 0, a.Duration.TotalSeconds)
            : null;
        return new MediaInfo(analysis.Format.FormatName ?? "unknown", analysis.Duration.TotalSeconds, video, audio);
    }
}
