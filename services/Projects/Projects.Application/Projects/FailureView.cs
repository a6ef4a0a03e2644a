namespace AiVideo.Projects.Application.Projects;

/// <summary>Why a project failed: the stage, the generator's error, the scene and request concerned.</summary>
public sealed record FailureView(string Stage, string Code, string Message, Guid? SceneId, Guid? RequestId, DateTimeOffset FailedAt)
{
    public static FailureView Of(ProjectFailure failure) =>
        new(failure.Stage, failure.Code, failure.Message, failure.SceneId, failure.RequestId, failure.FailedAt);
}
