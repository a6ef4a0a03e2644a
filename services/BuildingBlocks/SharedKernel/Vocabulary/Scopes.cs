namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>The OAuth scopes tokens carry: a person's session, a service's, and the narrower ones an API key may hold.</summary>
public static class Scopes
{
    /// <summary>A signed-in person: everything their role allows.</summary>
    public const string UserSession = "aivideo";

    /// <summary>
    /// A service calling another service's <c>/internal</c> routes (client credentials; today media-api's, called by
    /// projects-api and generation-api); user tokens never carry it.
    /// </summary>
    public const string Internal = "internal";

    /// <summary>Rotating identity-api's signing keys ahead of schedule: an operator's client only, never a service's.</summary>
    public const string SigningKeys = "identity:signing-keys";

    public const string ProjectsRead = "projects:read";
    public const string ProjectsWrite = "projects:write";
    public const string MediaRead = "media:read";
    public const string MediaWrite = "media:write";
    public const string GenerationRun = "generation:run";
    public const string WebhooksManage = "webhooks:manage";

    /// <summary>The scopes an API key can be given.</summary>
    public static IReadOnlySet<string> ApiKeyScopes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ProjectsRead, ProjectsWrite, MediaRead, MediaWrite, GenerationRun, WebhooksManage,
    };
}
