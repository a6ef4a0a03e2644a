namespace AiVideo.Identity.Application.Abstractions;

/// <summary>A confidential OAuth client from configuration (a service, the gateway): which grants and scopes it may use.</summary>
public sealed record ServiceClient(string ClientId, IReadOnlySet<string> Grants, IReadOnlySet<string> Scopes);
