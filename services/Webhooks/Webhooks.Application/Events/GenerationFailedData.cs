using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>The <c>data</c> of <c>generation.failed</c>: the request, its project and scene, the stage, the error, and whether asking again may succeed.</summary>
public sealed record GenerationFailedData(Guid RequestId, Guid? ProjectId, Guid? SceneId, string Stage, string ErrorCode, string Message, bool Retryable)
{
    public static GenerationFailedData Of(GenerationFailed failed) => new(
        failed.RequestId, failed.ProjectId, failed.SceneId, failed.Stage, failed.ErrorCode, failed.Message, failed.Retryable);
}
