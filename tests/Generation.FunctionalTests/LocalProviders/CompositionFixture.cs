using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

/// <summary>Three 2-second clips (480x270), a narration for the second scene, a 3-second music loop and a green logo, rendered once for the composer's tests.</summary>
public sealed class CompositionFixture : IAsyncLifetime
{
    public const int Width = 480;
    public const int Height = 270;

    public LocalMediaFixture Media { get; } = new();

    public IReadOnlyList<GeneratedClip> Clips { get; private set; } = [];

    public SpokenNarration Narration { get; private set; } = null!;

    public string Music { get; private set; } = "";

    public string Logo { get; private set; } = "";

    private MediaWorkspace _workspace = null!;

    public async Task InitializeAsync()
    {
        _workspace = Media.Workspace();
        var clips = new List<GeneratedClip>();
        foreach (var order in new[] { 1, 2, 3 })
        {
            var image = await Media.Get<IImageGenerator>().GenerateAsync(new ImageRequest("Bakery at sunrise", Width, Height, $"Scene {order}", Variation: order), _workspace, null, default);
            clips.Add(await Media.Get<IClipGenerator>().GenerateAsync(new ClipRequest(image.Path, 2, Width, Height, Variation: order), _workspace, null, default));
        }
        Clips = clips;
        Narration = await Media.Get<ISpeechSynthesizer>().SpeakAsync(new SpeechRequest("Fresh bread, every single morning.", 2), _workspace, null, default);
        Music = Media.Input("music.wav");
        MediaTools.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=48000", "-t", "3", Music);
        Logo = Media.Input("logo.png");
        ImageGeneratorTests.Solid(Logo, 120, 60, new SKColor(0, 255, 0));
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        Media.Dispose();
        return Task.CompletedTask;
    }
}
