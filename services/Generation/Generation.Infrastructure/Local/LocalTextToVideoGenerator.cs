namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>
/// The offline text-to-video maker, built on the ports: a storyboard of one shot per about four seconds (at least two
/// shots from two seconds on), each shot's image (with the reference image composited when given), clip and narration
/// rendered up to <see cref="LocalMediaOptions.MaxParallelScenes"/> at a time, then one composition.
/// </summary>
internal sealed class LocalTextToVideoGenerator(
    IStoryWriter storyWriter,
    IImageGenerator imageGenerator,
    IClipGenerator clipGenerator,
    ISpeechSynthesizer speech,
    IVideoComposer composer,
    IOptions<LocalMediaOptions> options) : ITextToVideoGenerator
{
    public const double SecondsPerShot = 4;

    public async Task<ComposedVideo> GenerateAsync(TextToVideoRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var ratio = AspectRatio.Nearest(request.Width, request.Height);
        var storyboard = await storyWriter.WriteAsync(
            new StoryRequest(request.Prompt, request.Seconds, Shots(request.Seconds), ratio.ToString(), request.Style, request.Mood),
            new ProgressRange(progress, 0, 3), cancellationToken);

        var shots = new Shot[storyboard.Scenes.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, shots.Length),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelScenes, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var scene = storyboard.Scenes[i];
                var image = await imageGenerator.GenerateAsync(new ImageRequest(scene.ImagePrompt, request.Width, request.Height, scene.Title,
                    scene.NegativePrompt, request.Style, request.Mood, ReferenceImagePath: request.ReferenceImagePath, Variation: scene.Order), workspace, null, token);
                var clip = await clipGenerator.GenerateAsync(new ClipRequest(image.Path, scene.DurationSeconds, request.Width, request.Height,
                    scene.ImagePrompt, scene.Order), workspace, null, token);
                var narration = request.Narrate
                    ? await speech.SpeakAsync(new SpeechRequest(scene.Narration, clip.DurationSeconds, request.Voice), workspace, null, token)
                    : null;
                shots[i] = new Shot(clip, narration);
                progress?.Report(new MediaProgress(MediaStages.Clip, 3 + 77.0 * Interlocked.Increment(ref done) / shots.Length));
            });

        var offsets = shots.Select(s => s.Clip.DurationSeconds).Prepend(0).ToArray();
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }
        return await composer.ComposeAsync(new CompositionRequest(
            [.. shots.Select(s => new TimelineClip(s.Clip.Path))],
            [.. shots.Select((s, i) => (s.Narration, Offset: offsets[i])).Where(x => x.Narration is not null).Select(x => new NarrationPlacement(x.Narration!.Path, x.Offset))]),
            workspace, new ProgressRange(progress, 80, 100), cancellationToken);
    }

    /// <summary>How many shots a video of <paramref name="seconds"/> gets: one per about four seconds, at least two from two seconds on.</summary>
    public static int Shots(double seconds) =>
        seconds < 2 ? 1 : Math.Clamp((int)Math.Ceiling(seconds / SecondsPerShot), 2, Story.LocalStoryWriter.MaxScenes);

    private sealed record Shot(GeneratedClip Clip, SpokenNarration? Narration);
}
