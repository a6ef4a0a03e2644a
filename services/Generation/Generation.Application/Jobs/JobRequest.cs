namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Work to queue: the request it answers (its id makes it once), whose it is, what it makes, which provider and model
/// (null: the default), and the request itself as the job's payload. <paramref name="JobId"/> fixes the job's id (the
/// text-to-video API gives out the id before the job exists).
/// </summary>
public sealed record JobRequest(
    Guid RequestId, Guid CompanyId, Guid? UserId, Guid? ProjectId, Guid? SceneId, string Kind, string? Provider, string? Model, object Payload,
    Guid? JobId = null, Guid? SourceJobId = null);
