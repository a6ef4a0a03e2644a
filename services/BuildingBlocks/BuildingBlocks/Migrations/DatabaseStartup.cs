using System.Net.Sockets;
using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>
/// Brings the service's database up to date before the service takes work: waits (with backoff) while the server is
/// not reachable yet instead of crashing, creates the database if missing, and applies pending migrations. An edited
/// applied migration stops start-up with <see cref="MigrationChecksumMismatchException"/>.
/// </summary>
internal sealed class DatabaseStartup(
    ServiceDatabase database, MigrationPlan plan, SqlMigrator migrator, MigrationState state, ILogger<DatabaseStartup> logger) : IHostedService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DatabaseCreator.EnsureExistsAsync(database.ConnectionString, cancellationToken);
                var applied = await migrator.ApplyAsync(database.DataSource, plan, cancellationToken);
                logger.LogInformation("Database {Database} is up to date ({Applied} migrations applied now)", database.Name, applied.Count);
                state.MarkCompleted();
                return;
            }
            catch (Exception exception) when (IsUnavailable(exception) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Waiting for database {Database} (attempt {Attempt}): {Reason}", database.Name, attempt, exception.Message);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => true,
        NpgsqlException npgsql => npgsql.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    };
}
