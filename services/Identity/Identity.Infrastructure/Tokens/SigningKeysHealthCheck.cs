using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>identity-api is ready only with a signing key loaded.</summary>
internal sealed class SigningKeysHealthCheck(SigningKeyStore keys) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(keys.IsLoaded
            ? HealthCheckResult.Healthy($"{keys.Published.Count} signing key(s) published.")
            : HealthCheckResult.Unhealthy("No signing key is loaded."));
}
