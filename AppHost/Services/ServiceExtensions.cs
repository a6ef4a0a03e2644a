using AiVideo.AppHost.Local;

namespace AiVideo.AppHost.Services;

public static class ServiceExtensions
{
    /// <summary>
    /// What every service and the gateway get: an HTTP endpoint on loopback (the gateway's at its configured port, the
    /// others on free ports) whose <c>/health</c> is what WaitFor waits for, the environment the AppHost runs them in, single-line console logs, and
    /// for an OAuth client (<see cref="AppHostStartup.Clients"/>) its credentials (<c>ServiceAuth__*</c>); the five services also get the key their
    /// Idempotency-Key fingerprints are keyed with (<c>Idempotency__FingerprintKey</c>). Telemetry goes to the dashboard, or to
    /// <c>AppHost:OtlpEndpoint</c> when one is configured.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var run = LocalRun.Of(builder);
        var service = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(port: port ?? LocalPorts.GetFree(), isProxied: false)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", run.Settings.Environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", run.Settings.Environment)
            .WithEnvironment("Logging__Console__FormatterName", "simple")
            .WithEnvironment("Logging__Console__FormatterOptions__SingleLine", "true");
        if (AppHostStartup.Clients.Any(client => client.Id == name))
        {
            service
                .WithEnvironment("ServiceAuth__ClientId", name)
                .WithEnvironment("ServiceAuth__ClientSecret", builder.ClientSecret(name));
        }
        if (ResourceNames.Services.Any(s => s.Service == name))
        {
            service.WithEnvironment("Idempotency__FingerprintKey", builder.AddParameter(SecretNames.IdempotencyFingerprintKey(name), secret: true));
        }
        if (run.Settings.OtlpEndpoint is { Length: > 0 } collector)
        {
            service
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", collector)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        }
        return service;
    }

    /// <summary>Service discovery of identity-api (<c>services__identity-api__*</c>) and the authority every token is validated by.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity) =>
        project.WithReference(identity).WithEnvironment("Identity__Url", $"http://{ResourceNames.IdentityApi}");

    /// <summary>
    /// identity-api's token server settings: the public URL tokens are issued by (the gateway's), the key that encrypts the
    /// signing keys at rest, and each client's secret, grants and scopes (<see cref="AppHostStartup.Clients"/>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTokenServer(
        this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ParameterResource> signingKeyEncryptionKey, IEnumerable<OAuthClient> clients)
    {
        var builder = identity.ApplicationBuilder;
        identity
            .WithEnvironment("Identity__Issuer", LocalRun.Of(builder).PublicUrl)
            .WithEnvironment("Identity__SigningKeys__EncryptionKey", signingKeyEncryptionKey);
        foreach (var client in clients)
        {
            identity.WithEnvironment($"Identity__Clients__{client.Id}__Secret", builder.ClientSecret(client.Id));
            for (var i = 0; i < client.Grants.Count; i++)
            {
                identity.WithEnvironment($"Identity__Clients__{client.Id}__Grants__{i}", client.Grants[i]);
            }
            for (var i = 0; i < client.Scopes.Count; i++)
            {
                identity.WithEnvironment($"Identity__Clients__{client.Id}__Scopes__{i}", client.Scopes[i]);
            }
        }
        return identity;
    }

    /// <summary>The client secret of a service as a secret parameter (one per client, shared by the service and identity-api).</summary>
    public static IResourceBuilder<ParameterResource> ClientSecret(this IDistributedApplicationBuilder builder, string client)
    {
        var name = SecretNames.ClientSecret(client);
        return builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == name) is { } existing
            ? builder.CreateResourceBuilder(existing)
            : builder.AddParameter(name, secret: true);
    }
}
