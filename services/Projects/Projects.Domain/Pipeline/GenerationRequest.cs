namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// A request the project decided to send to generation. The application turns each into its integration event
/// (<c>StoryboardRequested</c>, <c>ImageRequested</c>, <c>VideoRequested</c>) and publishes it through the outbox in the
/// same transaction as the project's change; the request id comes back in the result.
/// </summary>
public abstract record GenerationRequest(Guid RequestId, Guid ProjectId, Guid CompanyId, Guid UserId);
