using AiVideo.Generation.Domain.Companies;

namespace AiVideo.Generation.Application.Abstractions;

/// <summary>The companies' generation settings (default provider, plan).</summary>
public interface ICompanySettings
{
    Task<CompanyGenerationSettings?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    void Add(CompanyGenerationSettings settings);
}
