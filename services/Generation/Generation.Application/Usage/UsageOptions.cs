namespace AiVideo.Generation.Application.Usage;

/// <summary>
/// Section <c>Generation:Usage</c>: the currency provider prices are in, and how much provider work a company may buy a
/// calendar month (UTC): <see cref="PlanLimits"/> by the company's plan, else <see cref="MonthlyLimit"/>; none: no limit.
/// </summary>
public sealed class UsageOptions
{
    public const string SectionName = "Generation:Usage";

    public string Currency { get; set; } = "USD";

    public decimal? MonthlyLimit { get; set; }

    public Dictionary<string, decimal> PlanLimits { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public decimal? LimitFor(string? plan) => plan is not null && PlanLimits.TryGetValue(plan, out var limit) ? limit : MonthlyLimit;
}
