namespace AiVideo.Projects.Domain.Scenes;

/// <summary>The words of a scene: what it is called and shows, what is said over it, what its image is made from, how long it lasts.</summary>
public sealed record SceneContent(
    string? Title,
    string? Summary,
    string? Narration,
    string? ImagePrompt,
    string? NegativePrompt,
    double DurationSeconds);
