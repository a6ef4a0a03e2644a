namespace AiVideo.Contracts;

/// <summary>A generation request failed at a stage; retryable says whether asking again may succeed.</summary>
public sealed record GenerationFailed(
    Guid RequestId,
    Guid CompanyId,
    Guid? ProjectId,
    Guid? SceneId,
    string Stage,
    string ErrorCode,
    string Message,
    bool Retryable);
