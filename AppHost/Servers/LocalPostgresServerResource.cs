namespace AiVideo.AppHost.Servers;

/// <summary>
/// A PostgreSQL server run from the installed binaries (servers/postgres.sh): loopback only, trust authentication for
/// the local <c>postgres</c> role, data kept in the AppHost's data directory. Its databases are child resources.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    /// <summary>The databases to create on this server once it is ready.</summary>
    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres");
}
