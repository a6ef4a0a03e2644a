namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>The project's final video is ready: what the <c>ProjectCompleted</c> integration event announces.</summary>
public sealed record ProjectCompletion(Guid ProjectId, Guid CompanyId, Guid OwnerId, Guid FinalVideoFileId, double DurationSeconds, DateTimeOffset CompletedAt);
