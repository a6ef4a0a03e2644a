namespace AiVideo.Identity.Application.Abstractions;

/// <summary>What an access token says: who (<c>sub</c>), for which company and role, with which scopes, issued to which client.</summary>
public sealed record AccessTokenClaims(
    string Subject,
    string ClientId,
    IReadOnlyCollection<string> Scopes,
    TimeSpan Lifetime,
    string? Email = null,
    string? Name = null,
    Guid? CompanyId = null,
    string? Role = null,
    Guid? SessionId = null,
    Guid? ApiKeyId = null);
