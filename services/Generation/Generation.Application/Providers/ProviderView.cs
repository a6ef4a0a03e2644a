namespace AiVideo.Generation.Application.Providers;

/// <summary>A provider as <c>GET /api/providers</c> shows it: what it makes, its models, limits and whether it is the default.</summary>
public sealed record ProviderView(
    string Name, bool IsDefault, IReadOnlyList<string> Kinds, IReadOnlyList<string> Models, IReadOnlyList<string> VideoSizes, double MinSeconds,
    double MaxSeconds, int MaxConcurrency);
