namespace AiVideo.Contracts;

/// <summary>A project's final video is ready.</summary>
public sealed record ProjectCompleted(
    Guid ProjectId,
    Guid CompanyId,
    Guid UserId,
    Guid FinalVideoFileId,
    double DurationSeconds,
    DateTimeOffset CompletedAt);
