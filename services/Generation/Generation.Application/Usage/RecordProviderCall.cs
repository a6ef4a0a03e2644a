using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Domain.Usage;

namespace AiVideo.Generation.Application.Usage;

/// <summary>
/// Records a provider call made for the job running on this async flow (<see cref="CurrentJob"/>): units priced by the
/// provider's configured costs. A call outside any job (none is made today) is not recorded.
/// </summary>
public sealed class RecordProviderCall(IProviderCalls calls, ProviderCatalog providers, TimeProvider time, ILogger<RecordProviderCall> logger)
{
    public async Task ExecuteAsync(string provider, string model, decimal units, string unit, CancellationToken cancellationToken)
    {
        if (CurrentJob.Value is not { } job)
        {
            return;
        }
        var cost = providers.Has(provider) ? providers.Settings(provider).Cost.Of(unit, units) : 0m;
        // The provider charged for the work even if the job is being cancelled: record it regardless of the job's token.
        await calls.RecordAsync(ProviderCall.Record(job.CompanyId, job.JobId, job.Kind, provider, model, units, unit, cost, time.GetUtcNow()),
            CancellationToken.None);
        logger.LogInformation("Provider call: {Provider} {Model} {Units} {Unit} for job {JobId} ({Cost})", provider, model, units, unit, job.JobId, cost);
    }
}
