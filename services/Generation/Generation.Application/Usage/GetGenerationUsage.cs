namespace AiVideo.Generation.Application.Usage;

/// <summary>A company's provider calls in a month (<c>YYYY-MM</c>, default the current one), summed per provider, model and kind.</summary>
public sealed class GetGenerationUsage(ICompanySettings companies, IProviderCalls calls, IOptions<UsageOptions> options, TimeProvider time)
{
    public async Task<Result<GenerationUsageView>> ExecuteAsync(Guid companyId, string? month, CancellationToken cancellationToken)
    {
        var period = UsageMonth.Of(time.GetUtcNow());
        if (month is not null && !UsageMonth.TryParse(month, out period))
        {
            return Error.Validation("month", "The month is written YYYY-MM, e.g. 2026-12.");
        }
        var items = await calls.SummaryAsync(companyId, period.Start, period.End, cancellationToken);
        var cost = items.Sum(i => i.Cost);
        var plan = (await companies.FindAsync(companyId, cancellationToken))?.Plan;
        var limit = options.Value.LimitFor(plan);
        return new GenerationUsageView(period.ToString(), options.Value.Currency, cost, limit, limit is { } l ? Math.Max(0, l - cost) : null, plan, items);
    }
}
