using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.Gateway.Health;

/// <summary>
/// Asks every destination of a cluster (as service discovery resolved them) for its own health (the cluster's
/// <c>HealthCheck:Active:Path</c>, <c>/health</c> by default); the cluster is healthy when all of them are. The report
/// names destinations by their id, not their address.
/// </summary>
internal sealed class ClusterHealthCheck(string clusterId, IProxyStateLookup proxy, ClusterProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(clusterId, out var cluster) || cluster.Destinations.IsEmpty)
        {
            return HealthCheckResult.Unhealthy($"{clusterId} has no destinations.");
        }

        var active = cluster.Model.Config.HealthCheck?.Active;
        var path = active?.Path ?? "/health";
        var timeout = active?.Timeout ?? TimeSpan.FromSeconds(5);
        var results = await Task.WhenAll(cluster.Destinations.Select(d => ProbeAsync(Name(d.Key), new Uri(new Uri(d.Value.Model.Config.Address), path), timeout, cancellationToken)));
        var description = string.Join("; ", results.Select(r => r.Description));
        return results.All(r => r.Healthy) ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }

    /// <summary>A destination's configured id: service discovery names what it resolved <c>id[address]</c>, and addresses stay inside.</summary>
    private static string Name(string destination) => destination.Split('[')[0];

    private async Task<(bool Healthy, string Description)> ProbeAsync(string destination, Uri address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = await probe.Invoker.SendAsync(request, deadline.Token);
            return (response.IsSuccessStatusCode, $"{destination} is {await ReadStatusAsync(response, deadline.Token)}");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            return (false, $"{destination} does not answer{(exception is OperationCanceledException ? " in time" : "")}");
        }
    }

    private static async Task<string> ReadStatusAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return report.RootElement.TryGetProperty("status", out var status) ? status.GetString() ?? "?" : $"HTTP {(int)response.StatusCode}";
        }
        catch (JsonException)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
    }
}
