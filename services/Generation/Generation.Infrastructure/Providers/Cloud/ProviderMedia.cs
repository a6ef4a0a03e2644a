using AiVideo.Generation.Infrastructure.Local;
using AiVideo.Generation.Infrastructure.Local.Clips;
using AiVideo.Generation.Infrastructure.Local.Speech;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// What a provider's outputs go through here before the pipeline takes them, with the local ffmpeg: a picture cropped to
/// cover the exact frame asked for; a clip put in the local <see cref="ClipFormat"/> (so clips of every provider
/// concatenate by stream copy), cut or held to its scene's length, with its last frame as the seed frame; speech made a
/// WAV that lasts its scene (spoken faster when too long, within limits, then padded, as the local speech is); a video's
/// thumbnail and facts.
/// </summary>
internal sealed class ProviderMedia
{
    /// <summary>The most a provider's speech is sped up to fit its scene; beyond it the speech is cut (and said to be).</summary>
    public const double MaxSpeedUp = 1.6;

    private readonly ToolRunner _runner;
    private readonly LocalTools _tools;
    private readonly LocalMediaOptions _options;
    private readonly IMediaProbe _probe;

    public ProviderMedia(ToolRunner runner, LocalTools tools, IOptions<LocalMediaOptions> options, [FromKeyedServices(LocalMediaProviders.Name)] IMediaProbe probe)
    {
        (_runner, _tools, _options, _probe) = (runner, tools, options.Value, probe);
    }

    public Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken) => _probe.ProbeAsync(path, cancellationToken);

    /// <summary>A PNG of exactly <paramref name="width"/>x<paramref name="height"/> covering the frame with the provider's picture.</summary>
    public async Task<GeneratedImage> FitImageAsync(string source, int width, int height, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var output = workspace.NewFile("image", ".png");
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", source,
            "-vf", $"scale={width}:{height}:force_original_aspect_ratio=increase:flags=lanczos,crop={width}:{height},setsar=1,format=rgb24",
            "-frames:v", "1", output,
        ];
        await RunAsync(arguments, MediaStages.Image, null, [output], null, cancellationToken);
        return new GeneratedImage(output, width, height, "image/png");
    }

    /// <summary>The provider's clip in the local clip format at the request's frame and length (held on its last frame if short), with its seed frame.</summary>
    public async Task<GeneratedClip> NormaliseClipAsync(string source, ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken)
    {
        var frames = ClipFormat.Frames(request.DurationSeconds);
        var seconds = (double)frames / ClipFormat.FramesPerSecond;
        var (width, height) = (request.Width, request.Height);
        var output = workspace.NewFile("clip", ".mp4");
        var seedFrame = workspace.NewFile("seed-frame", ".png");
        var filter = $"[0:v]scale={width}:{height}:force_original_aspect_ratio=increase:flags=bicubic,crop={width}:{height},setsar=1,"
            + $"fps={ClipFormat.FramesPerSecond},tpad=stop_mode=clone:stop_duration={ClipFormat.Seconds(seconds)},format=yuv420p[v]";
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-progress", "pipe:1", "-nostats",
            "-i", source,
            "-f", "lavfi", "-i", $"anullsrc=channel_layout=stereo:sample_rate={ClipFormat.AudioSampleRate}",
            "-filter_complex", filter,
            "-map", "[v]", "-map", "1:a", "-t", ClipFormat.Seconds(seconds),
            .. ClipFormat.VideoEncoding(_options), .. ClipFormat.AudioEncoding(), "-movflags", "+faststart", output,
        ];
        await RunAsync(arguments, MediaStages.Clip, seconds, [output], progress, cancellationToken);
        string[] lastFrame =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-sseof", ClipFormat.Seconds(-Math.Min(seconds, 0.25)), "-i", output,
            "-map", "0:v:0", "-an", "-update", "1", seedFrame,
        ];
        await RunAsync(lastFrame, MediaStages.Clip, null, [seedFrame], null, cancellationToken);
        return new GeneratedClip(output, seedFrame, seconds, width, height);
    }

    /// <summary>
    /// The provider's speech (any audio format) as a WAV; with a target length, the voice (its silent ends trimmed) is sped
    /// up to fit the scene's speaking window if it is longer (at most <see cref="MaxSpeedUp"/> times; beyond that it is cut)
    /// and placed after a short lead-in in silence lasting exactly the target.
    /// </summary>
    public async Task<SpokenNarration> FitSpeechAsync(string source, SpeechRequest request, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var wav = workspace.NewFile("speech", ".wav");
        await RunAsync(["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", source, "-ac", "1", "-ar", "24000", "-c:a", "pcm_s16le", wav],
            MediaStages.Speech, null, [wav], null, cancellationToken);
        var audio = WaveAudio.Read(wav);
        if (audio.Audible() is var (first, last))
        {
            audio = audio.Slice(first, last + 1 - first);
        }
        var truncated = false;
        if (request.TargetSeconds is { } target)
        {
            var window = SpeechFitting.Window(target);
            if (audio.DurationSeconds > window && window > 0)
            {
                var factor = audio.DurationSeconds / window;
                var faster = workspace.NewFile("speech-faster", ".wav");
                audio.Write(wav);
                await RunAsync(["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", wav,
                    "-filter:a", $"atempo={Math.Min(factor, MaxSpeedUp).ToString("0.####", CultureInfo.InvariantCulture)}", "-c:a", "pcm_s16le", faster],
                    MediaStages.Speech, null, [faster], null, cancellationToken);
                audio = WaveAudio.Read(faster);
                var fits = (int)(window * audio.SampleRate);
                if (audio.Frames > fits)
                {
                    audio = audio.Slice(0, fits, fadeFrames: audio.SampleRate / 20);
                    truncated = true;
                }
            }
            var lead = (int)Math.Round(SpeechFitting.LeadIn(target) * audio.SampleRate);
            audio = audio.Place(lead, (int)Math.Round(target * audio.SampleRate));
        }
        var output = workspace.NewFile("narration", ".wav");
        audio.Write(output);
        var (start, end) = audio.Audible() ?? (0, 0);
        return new SpokenNarration(output, audio.DurationSeconds, (double)start / audio.SampleRate, (double)(end + 1) / audio.SampleRate, truncated);
    }

    /// <summary>A finished video from a provider: its facts and a JPEG thumbnail from its middle.</summary>
    public async Task<ComposedVideo> FinishVideoAsync(string video, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var info = await _probe.ProbeAsync(video, cancellationToken);
        if (info.Video is not { } picture)
        {
            throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, "The provider's video has no picture.", retryable: true);
        }
        var thumbnail = workspace.NewFile("thumbnail", ".jpg");
        await RunAsync(["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-ss", ClipFormat.Seconds(info.DurationSeconds / 2), "-i", video,
            "-frames:v", "1", "-q:v", "3", thumbnail], MediaStages.Thumbnail, null, [thumbnail], null, cancellationToken);
        return new ComposedVideo(video, thumbnail, null, info.DurationSeconds, picture.Width, picture.Height, new FileInfo(video).Length);
    }

    private Task RunAsync(IReadOnlyList<string> arguments, string stage, double? seconds, IReadOnlyList<string> outputs, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken) =>
        _runner.RunAsync(new ToolInvocation(_tools.Ffmpeg, arguments, _options.RenderTimeout) { Stage = stage, ExpectedSeconds = seconds, Outputs = outputs },
            progress, cancellationToken);
}
