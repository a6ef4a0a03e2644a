namespace AiVideo.Identity.Infrastructure.Clients;

/// <summary>
/// An OAuth client in section <c>Identity:Clients:&lt;clientId&gt;</c>. A client with a secret is confidential (a service,
/// the gateway: client credentials and the grants listed); a client with redirect URIs and no secret is a public browser
/// client (authorization code with PKCE, then refresh tokens). Secrets come from configuration (a secret store in production).
/// </summary>
public sealed class ServiceClientOptions
{
    public const string SectionName = "Identity:Clients";

    public string Secret { get; set; } = "";

    public List<string> Grants { get; set; } = [];

    public List<string> Scopes { get; set; } = [];

    /// <summary>Where a browser client may be sent back with an authorization code (exact match).</summary>
    public List<string> RedirectUris { get; set; } = [];

    public bool IsBrowserClient => Secret.Length == 0 && RedirectUris.Count > 0;
}
