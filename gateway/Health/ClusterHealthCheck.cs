using System.Text.Json;
using AiVideo.Gateway.Configuration;
using AiVideo.Gateway.Forwarding;
using AiVideo.ServiceDefaults.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.Gateway.Health;

/// <summary>Asks every destination of a cluster for its own <c>/health</c>; the cluster is healthy when all of them are.</summary>
internal sealed class ClusterHealthCheck(ProxyCluster cluster, ProxyHttpClient client, ServiceEndpointResolver resolver) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (cluster.Destinations.Count == 0)
        {
            return HealthCheckResult.Unhealthy($"{cluster.Id} has no destinations.");
        }

        var results = await Task.WhenAll(cluster.Destinations.Select(d => ProbeAsync(d, cancellationToken)));
        var healthy = results.Count(r => r.Healthy);
        var description = string.Join("; ", results.Select(r => r.Description));
        return healthy == results.Length ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }

    private async Task<(bool Healthy, string Description)> ProbeAsync(Uri destination, CancellationToken cancellationToken)
    {
        var address = resolver.Resolve(new Uri(destination, cluster.HealthCheck.Path));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(cluster.HealthCheck.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            var status = await ReadStatusAsync(response, timeout.Token);
            return (response.IsSuccessStatusCode, $"{address.Authority} is {status}");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            return (false, $"{address.Authority} does not answer: {(exception is OperationCanceledException ? "timed out" : exception.Message)}");
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
