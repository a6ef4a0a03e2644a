namespace AiVideo.Generation.Application.Jobs;

/// <summary>The job of a request of the caller's company (status, progress, attempts, error); another company's is not found.</summary>
public sealed class GetGeneration(IJobs jobs)
{
    public async Task<Result<GenerationView>> ExecuteAsync(Guid companyId, Guid requestId, CancellationToken cancellationToken)
    {
        var job = await jobs.FindByRequestAsync(requestId, cancellationToken);
        return job is null || job.CompanyId != companyId || job.DeletedAt is not null ? Error.NotFound("generation") : GenerationView.Of(job);
    }
}
