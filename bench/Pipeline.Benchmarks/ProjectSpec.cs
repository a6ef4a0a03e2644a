namespace AiVideo.Benchmarks.Pipeline;

/// <summary>A project as the benchmark creates it: 16:9 (1280×720), narration in en-us, captions burned in, no music or watermark.</summary>
public sealed record ProjectSpec(string Label, int Scenes, int Seconds)
{
    public const int Width = 1280;
    public const int Height = 720;

    /// <summary>The body of <c>POST /api/projects</c>.</summary>
    public object Body(string prompt) => new
    {
        title = $"Bench {Label}",
        prompt,
        targetDuration = Seconds,
        aspectRatio = "16:9",
        sceneCount = Scenes,
        style = "cinematic",
        narration = new { enabled = true, voice = "en-us" },
        captions = new { enabled = true, burned = true },
        watermark = false,
    };

    public override string ToString() => $"{Scenes} scenes, {Seconds} s, {Width}x{Height}, narration, burned captions";
}
