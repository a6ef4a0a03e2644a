namespace AiVideo.Generation.Infrastructure.Local.Clips;

/// <summary>
/// The offline clip generator: one ffmpeg run turns a still into a Ken Burns clip in <see cref="ClipFormat"/> (the
/// picture is first scaled to cover the frame and upscaled, so zoompan's whole-pixel steps do not show as jitter); a
/// second, short one decodes the clip's last frames and keeps the last as the PNG seed frame. (Splitting the filter
/// graph to write the seed frame in the first run cost a third more time and twice the memory: docs/benchmarks.md.)
/// </summary>
internal sealed class LocalClipGenerator(ToolRunner runner, LocalTools tools, IOptions<LocalMediaOptions> options) : IClipGenerator
{
    public const double MaxSeconds = 120;
    public const int MaxSize = 3840;

    /// <summary>zoompan works on a picture at least this wide (or the output's width times two, whichever is larger).</summary>
    private const int MinimumWorkingWidth = 2560;

    /// <summary>How far before the clip's end the seed frame's search starts (a few frames; the audio may end a little later).</summary>
    private const double SeedFrameLookBackSeconds = 0.25;

    public async Task<GeneratedClip> GenerateAsync(ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        Validate(request);
        var frames = ClipFormat.Frames(request.DurationSeconds);
        var seconds = (double)frames / ClipFormat.FramesPerSecond;
        var (width, height) = (request.Width, request.Height);
        var factor = Math.Max(2, (int)Math.Ceiling((double)MinimumWorkingWidth / width));
        var motion = KenBurnsMotion.For(request.Variation, request.Prompt ?? Path.GetFileName(request.ImagePath));
        var output = workspace.NewFile("clip", ".mp4");
        var seedFrame = workspace.NewFile("seed-frame", ".png");

        var filter = $"[0:v]scale={width * factor}:{height * factor}:force_original_aspect_ratio=increase:flags=bicubic,"
            + $"crop={width * factor}:{height * factor},setsar=1,{motion.ZoomPanFilter(frames, width, height)},format=yuv420p[v]";
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-progress", "pipe:1", "-nostats",
            "-i", request.ImagePath,
            "-f", "lavfi", "-i", $"anullsrc=channel_layout=stereo:sample_rate={ClipFormat.AudioSampleRate}",
            "-filter_complex", filter,
            "-map", "[v]", "-map", "1:a", "-t", ClipFormat.Seconds(seconds),
            .. ClipFormat.VideoEncoding(options.Value), .. ClipFormat.AudioEncoding(), "-movflags", "+faststart", output,
        ];
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg, arguments, options.Value.RenderTimeout)
        {
            Stage = MediaStages.Clip,
            ExpectedSeconds = seconds,
            Outputs = [output],
        }, progress, cancellationToken);

        // From a little before the end, every frame overwrites the PNG: what stays is the last one, whatever the audio's length.
        string[] lastFrame =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-sseof", ClipFormat.Seconds(-Math.Min(seconds, SeedFrameLookBackSeconds)), "-i", output,
            "-map", "0:v:0", "-an", "-update", "1", seedFrame,
        ];
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg, lastFrame, options.Value.RenderTimeout) { Stage = MediaStages.Clip, Outputs = [seedFrame] }, null, cancellationToken);
        return new GeneratedClip(output, seedFrame, seconds, width, height);
    }

    private static void Validate(ClipRequest request)
    {
        if (!File.Exists(request.ImagePath))
        {
            throw MediaProcessingException.InvalidRequest("The clip's image file does not exist.");
        }
        if (!(request.DurationSeconds > 0) || request.DurationSeconds > MaxSeconds)
        {
            throw MediaProcessingException.InvalidRequest($"A clip lasts more than 0 and at most {MaxSeconds:0} s (asked for {request.DurationSeconds} s).");
        }
        if (request.Width is < 16 or > MaxSize || request.Height is < 16 or > MaxSize || request.Width % 2 != 0 || request.Height % 2 != 0)
        {
            throw MediaProcessingException.InvalidRequest($"A clip's frame is 16 to {MaxSize} pixels wide and high, both even (asked for {request.Width}x{request.Height}).");
        }
    }
}
