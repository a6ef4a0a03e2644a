namespace AiVideo.Generation.Application.Usage;

/// <summary><c>GET /api/usage/generation</c>: a company's provider work in a month, its cost, and its limit (null: none).</summary>
public sealed record GenerationUsageView(string Month, string Currency, decimal Cost, decimal? Limit, decimal? Remaining, string? Plan, IReadOnlyList<UsageLine> Items);
