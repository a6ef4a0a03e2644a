using AiVideo.AppHost.Local;
using AiVideo.AppHost.Services;

namespace AiVideo.AppHost;

/// <summary>How this AppHost starts: its arguments, the local run's secrets and dashboard defaults, and its own background work.</summary>
public static class AppHostStartup
{
    /// <summary>
    /// The OAuth clients identity-api knows, each with its own secret and only what it calls (least privilege):
    /// projects-api and generation-api call media-api's <c>/internal</c> routes (scope <c>internal</c>), the gateway
    /// exchanges API keys and gets no service token. identity-api, media-api and webhooks-api call no other service and
    /// have no client; nobody has <c>identity:signing-keys</c> (an operator adds a client of their own for it).
    /// </summary>
    public static IReadOnlyList<OAuthClient> Clients { get; } =
    [
        new(ResourceNames.ProjectsApi, [GrantTypes.ClientCredentials], [Scopes.Internal]),
        new(ResourceNames.GenerationApi, [GrantTypes.ClientCredentials], [Scopes.Internal]),
        new(ResourceNames.Gateway, [GrantTypes.ApiKey], []),
    ];

    /// <summary>
    /// The builder's options. <c>--infrastructure-only</c> (what ./test.sh and the test fixtures run) starts the servers
    /// without services and without the dashboard. The content root (where appsettings.json is read from) is the AppHost's
    /// own folder whatever the working directory, as with <c>dotnet run --project AppHost</c>.
    /// </summary>
    public static DistributedApplicationOptions Options(string[] args)
    {
        var arguments = args.Select(a => a == "--infrastructure-only" ? $"--{AppHostSettings.SectionName}:InfrastructureOnly=true" : a).ToList();
        if (!arguments.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)))
        {
            arguments.Insert(0, $"--contentRoot={AppContext.BaseDirectory}");
        }
        var infrastructureOnly = arguments.Any(a => a.Equals($"--{AppHostSettings.SectionName}:InfrastructureOnly=true", StringComparison.OrdinalIgnoreCase));
        return new DistributedApplicationOptions { Args = [.. arguments], DisableDashboard = infrastructureOnly };
    }

    /// <summary>
    /// The run's settings and what it needs before resources are added: the secrets (kept in the data directory), the
    /// dashboard's login token, the test modes' file and parent watch, and the announcement once the gateway is healthy.
    /// </summary>
    public static LocalRun AddLocalRun(this IDistributedApplicationBuilder builder)
    {
        var run = LocalRun.Of(builder);
        if (builder.ExecutionContext.IsPublishMode)
        {
            return run;
        }
        builder.Configuration["AppHost:BrowserToken"] ??= LocalSecrets.Hex()[..32];
        var secrets = new Dictionary<string, Func<string>>
        {
            [SecretNames.SigningKeyEncryptionKey] = LocalSecrets.Base64Key,
            [SecretNames.StorageSigningKey] = LocalSecrets.Hex,
        };
        foreach (var client in Clients)
        {
            secrets[SecretNames.ClientSecret(client.Id)] = LocalSecrets.Hex;
        }
        foreach (var (service, _) in ResourceNames.Services)
        {
            secrets[SecretNames.IdempotencyFingerprintKey(service)] = LocalSecrets.Hex;
        }
        secrets[SecretNames.WebhookSecretsEncryptionKey] = LocalSecrets.Base64Key;
        foreach (var provider in SecretNames.WebhookProviders)
        {
            secrets[SecretNames.WebhookProviderSecret(provider)] =
                SecretNames.StandardWebhookProviders.Contains(provider) ? () => "whsec_" + LocalSecrets.Base64Key() : LocalSecrets.Hex;
            // A provider's real secret given to the AppHost (Webhooks__Providers__mux__Secret=… ./run.sh) wins over the generated one.
            if (builder.Configuration[$"Webhooks:Providers:{provider}:Secret"] is { Length: > 0 } given)
            {
                builder.Configuration[$"Parameters:{SecretNames.WebhookProviderSecret(provider)}"] = given;
            }
        }
        LocalSecrets.Provide(builder.Configuration, run.DataDirectory, secrets);

        builder.Services.AddHostedService<ParentProcessWatch>();
        if (run.Settings.InfrastructureOnly)
        {
            builder.Services.AddHostedService<ServerAddressesFile>();
        }
        else
        {
            builder.Services.AddHostedService<ReadyAnnouncement>();
        }
        if (run.Settings.Ephemeral)
        {
            builder.Services.AddHostedService<EphemeralData>();
        }
        return run;
    }
}
