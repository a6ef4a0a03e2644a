using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>Healthy when the service's database answers a query and its migrations have been applied.</summary>
internal sealed class PostgresHealthCheck(ServiceDatabase database, MigrationState migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrations.Completed)
        {
            return HealthCheckResult.Unhealthy($"Database {database.Name} is not migrated yet.");
        }
        try
        {
            await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Database {database.Name} answers.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Database {database.Name} does not answer: {exception.Message}");
        }
    }
}
