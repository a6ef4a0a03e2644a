using AiVideo.Generation.Application.Usage;
using AiVideo.Generation.Domain.Usage;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.Generation.Infrastructure.Persistence;

/// <summary>Provider calls in their table; a call is recorded through a context of its own, committed at once.</summary>
internal sealed class EfProviderCalls(IServiceScopeFactory scopes) : IProviderCalls
{
    public async Task RecordAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GenerationContext>();
        db.ProviderCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<decimal> CostAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GenerationContext>();
        return await db.ProviderCalls.Where(c => c.CompanyId == companyId && c.RecordedAt >= from && c.RecordedAt < to).SumAsync(c => c.Cost, cancellationToken);
    }

    public async Task<IReadOnlyList<UsageLine>> SummaryAsync(Guid companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GenerationContext>();
        var lines = await db.ProviderCalls.AsNoTracking()
            .Where(c => c.CompanyId == companyId && c.RecordedAt >= from && c.RecordedAt < to)
            .GroupBy(c => new { c.Provider, c.Model, c.Kind, c.Unit })
            .Select(g => new UsageLine(g.Key.Provider, g.Key.Model, g.Key.Kind, g.Key.Unit, g.Count(), g.Sum(c => c.Units), g.Sum(c => c.Cost)))
            .ToListAsync(cancellationToken);
        return [.. lines.OrderBy(l => l.Provider, StringComparer.Ordinal).ThenBy(l => l.Model, StringComparer.Ordinal).ThenBy(l => l.Kind, StringComparer.Ordinal)];
    }
}
