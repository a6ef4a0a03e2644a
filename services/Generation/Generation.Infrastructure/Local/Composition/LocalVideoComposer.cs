namespace AiVideo.Generation.Infrastructure.Local.Composition;

/// <summary>
/// The offline composer: checks that the clips share one format (what makes the stream copy possible), runs the
/// <see cref="CompositionPlan"/> and takes a JPEG thumbnail from the result. Captions not burned in are
/// handed back as the WebVTT file beside the video.
/// </summary>
internal sealed class LocalVideoComposer(ToolRunner runner, LocalTools tools, IMediaProbe probe, IOptions<LocalMediaOptions> options) : IVideoComposer
{
    public async Task<ComposedVideo> ComposeAsync(CompositionRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Clips.Count == 0)
        {
            throw MediaProcessingException.InvalidRequest("A video needs at least one clip.");
        }
        foreach (var path in request.Clips.Select(c => c.Path).Concat((request.Narration ?? []).Select(n => n.Path))
                     .Append(request.Music?.Path).Append(request.WatermarkPath).Append(request.BurnCaptions ? request.Captions?.SrtPath : null).OfType<string>())
        {
            if (!File.Exists(path))
            {
                throw MediaProcessingException.InvalidRequest($"The input '{Path.GetFileName(path)}' does not exist.");
            }
        }
        var paths = request.Clips.Select(c => c.Path).Distinct().ToList();
        var probed = paths.Zip(await Task.WhenAll(paths.Select(p => probe.ProbeAsync(p, cancellationToken)))).ToDictionary(x => x.First, x => x.Second);
        var infos = request.Clips.Select(c => probed[c.Path]).ToList();
        RequireOneFormat(infos);
        progress?.Report(new MediaProgress(MediaStages.Compose, 2));

        var settings = options.Value;
        var list = workspace.NewFile("timeline", ".ffconcat");
        var output = workspace.NewFile("final", ".mp4");
        var plan = CompositionPlan.Create(request, infos, CompositionStyle.For(request, settings), list, output);
        await File.WriteAllTextAsync(list, plan.ConcatList, cancellationToken);
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg, plan.Arguments, settings.RenderTimeout)
        {
            Stage = MediaStages.Compose,
            ExpectedSeconds = plan.DurationSeconds,
            Outputs = [output],
        }, new ProgressRange(progress, 2, 95), cancellationToken);

        var thumbnail = workspace.NewFile("thumbnail", ".jpg");
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg,
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-ss", FilterText.Number(Math.Min(plan.DurationSeconds * 0.3, 3)), "-i", output,
            "-frames:v", "1", "-q:v", "3", "-update", "1", thumbnail,
        ], settings.RenderTimeout) { Stage = MediaStages.Thumbnail, Outputs = [thumbnail] }, progress: null, cancellationToken);

        progress?.Report(new MediaProgress(MediaStages.Done, 100));
        // The length is the timeline's (-t cuts both streams to it: the tests measure it with ffprobe), the size the clips'.
        return new ComposedVideo(output, thumbnail, request.Captions is not null && !request.BurnCaptions ? request.Captions.WebVttPath : null,
            plan.DurationSeconds, infos[0].Video!.Width, infos[0].Video!.Height, new FileInfo(output).Length);
    }

    private static void RequireOneFormat(IReadOnlyList<MediaInfo> clips)
    {
        var first = clips[0].Video ?? throw MediaProcessingException.UnreadableInput("Clip 1 has no video stream.");
        for (var i = 0; i < clips.Count; i++)
        {
            var video = clips[i].Video;
            if (video is null || clips[i].Audio is null)
            {
                throw MediaProcessingException.InvalidRequest($"Clip {i + 1} needs a video and an audio stream (the normalised clip format).");
            }
            if (video.Codec != first.Codec || video.Width != first.Width || video.Height != first.Height
                || video.PixelFormat != first.PixelFormat || Math.Abs(video.FrameRate - first.FrameRate) > 0.01)
            {
                throw MediaProcessingException.InvalidRequest(
                    $"Clip {i + 1} is {video.Codec} {video.Width}x{video.Height} {video.PixelFormat} at {video.FrameRate:0.##} fps; clip 1 is "
                    + $"{first.Codec} {first.Width}x{first.Height} {first.PixelFormat} at {first.FrameRate:0.##} fps. Clips are stitched only in one format.");
            }
        }
    }
}
