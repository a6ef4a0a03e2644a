namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// A provider as <c>GET /api/providers</c> shows it: its type, the ports it serves and the kinds of job they make, its
/// models (of videos, and per port), limits, prices, and whether it is the platform's default. Never its address or key.
/// </summary>
public sealed record ProviderView(
    string Name, string Type, bool IsDefault, IReadOnlyList<string> Ports, IReadOnlyList<string> Kinds, IReadOnlyList<string> Models,
    IReadOnlyDictionary<string, string> PortModels, IReadOnlyList<string> VideoSizes, double MinSeconds, double MaxSeconds, int MaxConcurrency,
    ProviderCosts Cost);
