namespace AiVideo.Projects.Domain.Projects;

/// <summary>Why a project failed: the stage (storyboard, image, clip, final), the generator's error, and the scene when one failed.</summary>
public sealed record ProjectFailure(string Stage, string Code, string Message, Guid? SceneId, Guid? RequestId, DateTimeOffset FailedAt)
{
    public const int MaxMessageLength = 2000;
}
