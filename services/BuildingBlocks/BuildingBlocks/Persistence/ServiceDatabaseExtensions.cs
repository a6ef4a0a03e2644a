using System.Reflection;
using AiVideo.BuildingBlocks.Migrations;
using AiVideo.BuildingBlocks.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiVideo.BuildingBlocks.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database with the Aspire client integration (<c>AddNpgsqlDbContext</c>:
    /// pooled contexts, Npgsql and EF Core tracing and metrics) plus what the building blocks need: the outbox signal on
    /// every context, a data source for work outside EF (migrations, health), a <c>database</c> health check that is
    /// healthy once the server answers and the migrations ran, and a start-up step that waits for the server, creates
    /// the database if missing and applies the building blocks' and the service's SQL migrations (embedded in
    /// <paramref name="migrationsAssembly"/>). The integration's retrying execution strategy is off: the outbox, inbox
    /// and idempotency transactions span work that cannot be replayed, so retries happen a level up (docs/decisions/0008).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Assembly migrationsAssembly, string migrationsSource)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is not configured (ConnectionStrings__{connectionName}).");
        }

        builder.AddNpgsqlDbContext<TContext>(connectionName, settings =>
        {
            settings.DisableRetry = true;
            settings.DisableHealthChecks = true;
        });
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ServiceDatabase(connectionName, NpgsqlDataSource.Create(connectionString)));
        builder.Services.AddSingleton<MigrationState>();
        builder.Services.AddSingleton(new MigrationPlan(
        [
            MigrationSet.FromEmbeddedResources(typeof(ServiceDatabaseExtensions).Assembly, MigrationSet.BuildingBlocksSource),
            MigrationSet.FromEmbeddedResources(migrationsAssembly, migrationsSource),
        ]));
        builder.Services.AddSingleton<SqlMigrator>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();

        // Registered before the event bus so that no consumer runs against a schema that is not there yet.
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("database", tags: ["ready"]);
        builder.Services.AddExceptionHandler<PersistenceConflictHandler>();
        return builder;
    }
}
