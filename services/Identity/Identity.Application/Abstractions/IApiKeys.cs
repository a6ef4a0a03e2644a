using AiVideo.Identity.Domain.ApiKeys;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Application.Abstractions;

public interface IApiKeys
{
    void Add(ApiKey key);

    Task<ApiKey?> FindAsync(Guid keyId, CancellationToken cancellationToken);

    Task<ApiKey?> FindByPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>A company's keys; only those one user created when <paramref name="createdBy"/> is given.</summary>
    Task<CursorPage<ApiKey>> ListAsync(Guid companyId, Guid? createdBy, PageRequest page, CancellationToken cancellationToken);
}
