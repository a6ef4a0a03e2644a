namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>
/// The names of the system's resources, as the Aspire AppHost declares them. They name connection strings
/// (<c>ConnectionStrings__&lt;name&gt;</c>), service endpoints (<c>services__&lt;name&gt;__http__0</c>), OAuth clients and
/// DNS names in Kubernetes.
/// </summary>
public static class ResourceNames
{
    public const string Gateway = "gateway";
    public const string IdentityApi = "identity-api";
    public const string ProjectsApi = "projects-api";
    public const string MediaApi = "media-api";
    public const string GenerationApi = "generation-api";
    public const string WebhooksApi = "webhooks-api";

    public const string Postgres = "postgres";
    public const string IdentityDatabase = "identitydb";
    public const string ProjectsDatabase = "projectsdb";
    public const string MediaDatabase = "mediadb";
    public const string GenerationDatabase = "generationdb";
    public const string WebhooksDatabase = "webhooksdb";

    public const string EventBus = "eventbus";
    public const string Redis = "redis";
    public const string Storage = "storage";

    /// <summary>The five services, each with the database it owns.</summary>
    public static IReadOnlyList<(string Service, string Database)> Services { get; } =
    [
        (IdentityApi, IdentityDatabase),
        (ProjectsApi, ProjectsDatabase),
        (MediaApi, MediaDatabase),
        (GenerationApi, GenerationDatabase),
        (WebhooksApi, WebhooksDatabase),
    ];
}
