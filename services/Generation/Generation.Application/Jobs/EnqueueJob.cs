using AiVideo.Generation.Domain.Projects;

namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Queues a job for a request once: asked again for the same request id (a redelivered event, a repeated call) it
/// answers the job it made the first time. A request naming a provider this platform does not have is refused at once:
/// its job is recorded as failed and <see cref="GenerationFailed"/> goes out with it; so does a request for a kind of work
/// that does not exist (without a job). A request for a project that was deleted (it arrived after the deletion: the
/// broker orders nothing between queues) never runs: its job is recorded as cancelled ("project deleted"), announced to
/// nobody, as the deletion cancels the jobs it finds. Inside a consumer this runs in the inbox's transaction; idle workers
/// are woken once it commits.
/// </summary>
public sealed class EnqueueJob(
    IJobs jobs, IDeletedProjects deletedProjects, ICompanySettings companies, IUnitOfWork unitOfWork, IIntegrationEvents events,
    Providers.ProviderCatalog providers, Usage.GenerationAllowance allowance, IOptions<JobOptions> options, TimeProvider time)
{
    /// <summary>The request's job; null when the request asks for a kind of work there is no job for (refused with <see cref="GenerationFailed"/>).</summary>
    public async Task<GenerationJob?> ExecuteAsync(JobRequest request, CancellationToken cancellationToken)
    {
        var job = await unitOfWork.InTransactionAsync(async () =>
        {
            if (await jobs.FindByRequestAsync(request.RequestId, cancellationToken) is { } existing)
            {
                return existing;
            }
            if (!JobKinds.All.Contains(request.Kind))
            {
                events.Publish(new GenerationFailed(request.RequestId, request.CompanyId, request.ProjectId, request.SceneId, request.Kind,
                    MediaErrorCodes.InvalidRequest, $"'{request.Kind}' is not a kind of video generation makes ({string.Join(", ", JobKinds.All)}).", Retryable: false));
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return null;
            }
            var now = time.GetUtcNow();
            // A named provider that lacks this kind's port (a project's clip-only provider asked for a storyboard) gives way to the defaults.
            var named = request.Provider is { } name ? providers.Canonical(name) ?? name : null;
            var provider = named is not null && (!providers.Has(named) || providers.Serves(named, Providers.ProviderPorts.Of(request.Kind)))
                ? named
                : providers.DefaultFor(request.Kind, (await companies.FindAsync(request.CompanyId, cancellationToken))?.DefaultProvider);
            provider = provider.Length <= GenerationJob.MaxProviderLength ? provider : provider[..GenerationJob.MaxProviderLength];
            var job = GenerationJob.Create(request.RequestId, request.CompanyId, request.UserId, request.ProjectId, request.SceneId, request.Kind,
                provider, request.Model, JobPayloads.Write(request.Payload), options.Value.MaxAttempts, now, request.JobId, request.SourceJobId);
            if (request.ProjectId is { } projectId && await deletedProjects.IsDeletedAsync(request.CompanyId, projectId, cancellationToken))
            {
                job.Cancel(DeletedProject.CancelReason, now);
            }
            else if (providers.RefusalFor(provider, request.Kind) is { } refusal)
            {
                job.Refuse(new JobFailure(MediaErrorCodes.InvalidRequest, refusal, Retryable: false), now);
                events.Publish(JobFailures.EventOf(job));
            }
            else if (await allowance.CheckAsync(request.CompanyId, provider, cancellationToken) is { Error: { } overLimit })
            {
                job.Refuse(new JobFailure(overLimit.Code, overLimit.Message, Retryable: false), now);
                events.Publish(JobFailures.EventOf(job));
            }
            jobs.Add(job);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return job;
        }, cancellationToken);
        return job; // the commit of a queued job wakes the workers (the infrastructure watches for it)
    }
}
