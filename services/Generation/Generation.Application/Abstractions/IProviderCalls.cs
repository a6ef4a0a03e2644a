using AiVideo.Generation.Application.Usage;
using AiVideo.Generation.Domain.Usage;

namespace AiVideo.Generation.Application.Abstractions;

/// <summary>The record of provider calls: written as each call returns (committed on its own), summed per company and period.</summary>
public interface IProviderCalls
{
    /// <summary>Records the call and commits it at once, apart from any job transaction: the provider charged for it whatever becomes of the job.</summary>
    Task RecordAsync(ProviderCall call, CancellationToken cancellationToken);

    /// <summary>What the company's calls in [<paramref name="from"/>, <paramref name="to"/>) cost.</summary>
    Task<decimal> CostAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The company's calls in [<paramref name="from"/>, <paramref name="to"/>) summed per provider, model, kind and unit.</summary>
    Task<IReadOnlyList<UsageLine>> SummaryAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
