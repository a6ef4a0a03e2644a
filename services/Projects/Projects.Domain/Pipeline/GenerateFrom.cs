namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>Where <c>generate</c> starts: a new storyboard, new images for every scene, new clips for every scene, or only the final render.</summary>
public enum GenerateFrom
{
    Storyboard,
    Images,
    Clips,
    Render,
}
