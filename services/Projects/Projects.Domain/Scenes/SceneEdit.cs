namespace AiVideo.Projects.Domain.Scenes;

/// <summary>A partial edit of a scene (PATCH): null leaves a field as it is; an empty negative prompt removes it.</summary>
public sealed record SceneEdit
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Narration { get; init; }
    public string? ImagePrompt { get; init; }
    public string? NegativePrompt { get; init; }
    public double? DurationSeconds { get; init; }
}
