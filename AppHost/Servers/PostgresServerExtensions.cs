using AiVideo.AppHost.Local;
using Npgsql;

namespace AiVideo.AppHost.Servers;

public static class PostgresServerExtensions
{
    /// <summary>
    /// The PostgreSQL server: a configured connection string if AppHost is given one, Aspire's container integration
    /// where a container runtime answers or when publishing, else the installed binaries as an executable resource.
    /// Either way the services get the same connection strings.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPostgresServer(this IDistributedApplicationBuilder builder, string name)
    {
        var run = LocalRun.Of(builder);
        if (ExternalServers.TryUse(builder, name, out var external))
        {
            return external;
        }
        if (run.UseContainers)
        {
            return builder.AddPostgres(name).WithDataVolume();
        }

        var data = Path.Combine(run.DataDirectory, "postgres");
        var port = LocalPorts.OrFree(run.Settings.Ports.Postgres);
        var server = new LocalPostgresServerResource(name, "bash", run.RepositoryRoot);
        var healthCheck = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => ServerHealth.PostgresAsync(server, null, ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, (ready, ct) => CreateDatabasesAsync(server, ready.Services, ct));
        return builder.AddResource(server)
            .WithArgs(run.ScriptPath("postgres.sh"), data, port.ToString(), run.Settings.Ephemeral ? "ephemeral" : "persistent")
            .WithEndpoint(name: LocalPostgresServerResource.EndpointName, port: port, targetPort: port, scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WithIconName("DatabaseMultiple");
    }

    /// <summary>A database on the server (created once the server is ready), with its own health check to wait for.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddDatabase(this IResourceBuilder<IResourceWithConnectionString> server, string name)
    {
        var builder = server.ApplicationBuilder;
        if (ExternalServers.TryUse(builder, name, out var external))
        {
            return external;
        }
        switch (server.Resource)
        {
            case ConnectionStringResource configured:
                // A configured server: the service creates its database there at start-up if it is missing.
                return builder.AddConnectionString(name, ReferenceExpression.Create($"{configured};Database={name}"));
            case PostgresServerResource container:
                return builder.CreateResourceBuilder(container).AddDatabase(name);
            case LocalPostgresServerResource local:
                var database = new LocalPostgresDatabaseResource(name, local);
                local.Databases.Add(database);
                var healthCheck = $"{name}-ready";
                builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => ServerHealth.PostgresAsync(local, database.DatabaseName, ct));
                return builder.AddResource(database)
                    .WithHealthCheck(healthCheck)
                    .WithInitialState(new CustomResourceSnapshot
                    {
                        ResourceType = "PostgresDatabase",
                        State = KnownResourceStates.NotStarted,
                        Properties = [new(CustomResourceKnownProperties.Source, local.Name)],
                    });
            default:
                throw new ArgumentException($"{server.Resource.Name} is not a PostgreSQL server.", nameof(server));
        }
    }

    /// <summary>
    /// Aspire moves a container's databases to Running with it, but not an executable's: once the server is ready, each
    /// missing database is created and its state published, so that its health check (and every WaitFor on it) can pass.
    /// </summary>
    private static async Task CreateDatabasesAsync(LocalPostgresServerResource server, IServiceProvider services, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
        await using var connection = new NpgsqlConnection($"{connectionString};Database=postgres");
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }
}
