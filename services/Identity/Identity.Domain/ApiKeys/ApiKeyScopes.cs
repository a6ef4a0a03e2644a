namespace AiVideo.Identity.Domain.ApiKeys;

/// <summary>The scopes an API key can carry; a key's tokens can do only what its scopes allow.</summary>
public static class ApiKeyScopes
{
    public const string ProjectsRead = "projects:read";
    public const string ProjectsWrite = "projects:write";
    public const string MediaRead = "media:read";
    public const string MediaWrite = "media:write";
    public const string Generate = "generation:run";
    public const string Webhooks = "webhooks:manage";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ProjectsRead, ProjectsWrite, MediaRead, MediaWrite, Generate, Webhooks,
    };
}
