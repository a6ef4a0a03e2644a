namespace AiVideo.Generation.Application.Companies;

/// <summary>
/// <c>GET /api/providers/default</c>: the provider the company chose for work that names none (null: the platform's
/// defaults), and the provider each port (<c>story</c>, <c>image</c>, ...) runs on for it now.
/// </summary>
public sealed record CompanyProviderView(string? Provider, IReadOnlyDictionary<string, string> Ports);
