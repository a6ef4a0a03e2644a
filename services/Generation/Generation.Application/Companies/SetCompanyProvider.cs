using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Domain.Companies;

namespace AiVideo.Generation.Application.Companies;

/// <summary>
/// A company admin chooses the provider the company's work goes to when a request names none (null: back to the
/// platform's defaults). It must be a configured provider; for the ports it does not serve, the platform's defaults stay.
/// </summary>
public sealed class SetCompanyProvider(ICompanySettings companies, ProviderCatalog providers, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result<CompanyProviderView>> ExecuteAsync(Guid companyId, string? provider, CancellationToken cancellationToken)
    {
        string? chosen = null;
        if (!string.IsNullOrWhiteSpace(provider))
        {
            chosen = providers.Canonical(provider.Trim());
            if (chosen is null)
            {
                return Error.Validation("provider", $"The provider is one of: {string.Join(", ", providers.Names.Order(StringComparer.Ordinal))}.");
            }
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            var settings = await companies.FindAsync(companyId, cancellationToken);
            if (settings is null)
            {
                settings = CompanyGenerationSettings.For(companyId, time.GetUtcNow());
                companies.Add(settings);
            }
            settings.UseProvider(chosen, time.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return GetCompanyProvider.View(chosen, providers);
    }
}
