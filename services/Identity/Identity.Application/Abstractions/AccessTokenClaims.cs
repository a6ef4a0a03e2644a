namespace AiVideo.Identity.Application.Abstractions;

/// <summary>
/// What an access token says: who (<c>sub</c>), for which company and role, with which scopes, issued to which client,
/// for how long. <see cref="SessionId"/> names the session a refresh continues; a new session's id is given by the token
/// server when it opens the session.
/// </summary>
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
