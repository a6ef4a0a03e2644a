using AiVideo.Identity.Domain.ApiKeys;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Abstractions;

public interface IApiKeys
{
    void Add(ApiKey key);

    Task<ApiKey?> FindAsync(Guid keyId, CancellationToken cancellationToken);

    Task<ApiKey?> FindByPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>The keys a user created, in any company, that are neither revoked nor expired (tracked, to revoke them).</summary>
    Task<IReadOnlyList<ApiKey>> ActiveCreatedByAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A company's keys; only those one user created when <paramref name="createdBy"/> is given.</summary>
    Task<CursorPage<ApiKey>> ListAsync(Guid companyId, Guid? createdBy, PageRequest page, CancellationToken cancellationToken);
}
