namespace AiVideo.Generation.Application.Media;

/// <summary>A written storyboard: a title, an overview and the scenes in play order.</summary>
public sealed record Storyboard(string Title, string Overview, IReadOnlyList<StoryScene> Scenes)
{
    public double TotalSeconds => Scenes.Sum(scene => scene.DurationSeconds);
}
