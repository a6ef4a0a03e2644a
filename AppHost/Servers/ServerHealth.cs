using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace AiVideo.AppHost.Servers;

/// <summary>The readiness checks WaitFor waits on: each server answers its own protocol.</summary>
internal static class ServerHealth
{
    public static async Task<HealthCheckResult> PostgresAsync(IResourceWithConnectionString server, string? database, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
            await using var connection = new NpgsqlConnection($"{connectionString};Database={database ?? "postgres"};Pooling=false;Timeout=5");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    public static async Task<HealthCheckResult> RabbitMqAsync(IResourceWithConnectionString server, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
            var factory = new ConnectionFactory { Uri = new Uri(connectionString!), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The connection closed at once.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    public static async Task<HealthCheckResult> RedisAsync(IResourceWithConnectionString server, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"{connectionString},abortConnect=true,connectTimeout=5000");
            await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RedisException or SocketException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    /// <summary>A server that speaks first or not at all: healthy once its port accepts a connection.</summary>
    public static async Task<HealthCheckResult> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    public static async Task<HealthCheckResult> HttpAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await http.GetAsync(address, cancellationToken);
            return (int)response.StatusCode < 500 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"HTTP {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
