namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>What a generation request asks for: the storyboard, a scene's image or clip, or the final render.</summary>
public enum RequestKind
{
    Storyboard,
    Image,
    Clip,
    Render,
}
