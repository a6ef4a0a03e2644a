using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUsage
{
    /// <summary>The company's usage, read without locking (for display).</summary>
    Task<CompanyUsage?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>The company's usage (created when missing), locked until the transaction ends, so quota checks do not race.</summary>
    Task<CompanyUsage> LockAsync(Guid companyId, CancellationToken cancellationToken);
}
