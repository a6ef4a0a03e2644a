namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// A worker takes the next job of a provider (fairly between companies; see <see cref="IJobs.LockNextClaimableAsync"/>)
/// under a lease. A job whose earlier workers all died fails here instead (<see cref="GenerationFailed"/> goes out) and
/// the next one is taken.
/// </summary>
public sealed class ClaimJob(IJobs jobs, IUnitOfWork unitOfWork, IIntegrationEvents events, IOptions<JobOptions> options, TimeProvider time)
{
    public async Task<ClaimedJob?> ExecuteAsync(string provider, string worker, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (claimed, exhausted) = await unitOfWork.InTransactionAsync(async () =>
            {
                var now = time.GetUtcNow();
                var job = await jobs.LockNextClaimableAsync(provider, now, cancellationToken);
                if (job is null)
                {
                    return ((ClaimedJob?)null, false);
                }
                var outcome = job.Claim(worker, now, options.Value.LeaseDuration);
                if (outcome.Value == ClaimOutcome.Exhausted)
                {
                    events.Publish(JobFailures.EventOf(job));
                }
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return outcome.Value == ClaimOutcome.Claimed ? (ClaimedJob.Of(job, worker), false) : (null, true);
            }, cancellationToken);
            if (!exhausted)
            {
                return claimed;
            }
        }
    }
}
