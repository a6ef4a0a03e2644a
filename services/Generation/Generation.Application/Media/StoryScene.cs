namespace AiVideo.Generation.Application.Media;

/// <summary>One scene of a storyboard: what it shows and says, how its image is asked for, and how long it lasts.</summary>
public sealed record StoryScene(
    int Order,
    string Title,
    string Summary,
    string Narration,
    string ImagePrompt,
    string NegativePrompt,
    double DurationSeconds);
