namespace AiVideo.Identity.Infrastructure.Clients;

/// <summary>A confidential client in section <c>Identity:Clients:&lt;clientId&gt;</c>; the secret comes from configuration (a secret store in production).</summary>
public sealed class ServiceClientOptions
{
    public string Secret { get; set; } = "";

    public List<string> Grants { get; set; } = [];

    public List<string> Scopes { get; set; } = [];
}
