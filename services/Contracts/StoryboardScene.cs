namespace AiVideo.Contracts;

/// <summary>One scene of a generated storyboard, in play order.</summary>
public sealed record StoryboardScene(
    int Order,
    string Title,
    string Summary,
    string Narration,
    string ImagePrompt,
    string? NegativePrompt,
    double DurationSeconds);
