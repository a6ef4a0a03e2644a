namespace AiVideo.Generation.Application.Media;

/// <summary>What a storyboard is written from: the prompt and the project's settings (aspect ratio as <c>16:9</c>, <c>9:16</c>, <c>1:1</c> or <c>4:5</c>).</summary>
public sealed record StoryRequest(
    string Prompt,
    double TargetDurationSeconds,
    int SceneCount,
    string AspectRatio,
    string? Style = null,
    string? Mood = null,
    BrandKit? Brand = null);
