namespace AiVideo.Generation.Application.Jobs;

/// <summary>A job as the worker that claimed it holds it: what to make, from what, and under which worker name and attempt.</summary>
public sealed record ClaimedJob(
    Guid JobId, Guid RequestId, Guid CompanyId, Guid? UserId, Guid? ProjectId, Guid? SceneId, string Kind, string Provider, string? Model,
    string Payload, int Attempt, string Worker, Guid? SourceJobId)
{
    public static ClaimedJob Of(GenerationJob job, string worker) => new(
        job.Id, job.RequestId, job.CompanyId, job.UserId, job.ProjectId, job.SceneId, job.Kind, job.Provider, job.Model, job.Payload, job.Attempts,
        worker, job.SourceJobId);

    public T PayloadAs<T>() => JobPayloads.Read<T>(Payload);
}
