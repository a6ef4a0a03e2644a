using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.Application.Abstractions;

public interface IUsage
{
    /// <summary>The company's usage, read without locking (for display).</summary>
    Task<CompanyUsage?> FindAsync(Guid companyId, CancellationToken cancellationToken);
}
