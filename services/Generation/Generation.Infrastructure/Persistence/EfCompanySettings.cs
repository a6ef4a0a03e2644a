using AiVideo.Generation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

internal sealed class EfCompanySettings(GenerationContext db) : ICompanySettings
{
    public Task<CompanyGenerationSettings?> FindAsync(Guid companyId, CancellationToken cancellationToken) =>
        db.CompanySettings.SingleOrDefaultAsync(s => s.CompanyId == companyId, cancellationToken);

    public void Add(CompanyGenerationSettings settings) => db.CompanySettings.Add(settings);
}
