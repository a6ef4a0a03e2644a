namespace AiVideo.AppHost.Services;

/// <summary>
/// An OAuth client identity-api knows (<c>Identity:Clients:&lt;Id&gt;</c>), with only the grants and scopes it uses; the
/// project of the same name gets its credentials (<c>ServiceAuth__*</c>).
/// </summary>
public sealed record OAuthClient(string Id, IReadOnlyList<string> Grants, IReadOnlyList<string> Scopes);
