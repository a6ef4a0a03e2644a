using AiVideo.Identity.Infrastructure.Clients;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Makes the token server's registered applications what <c>Identity:Clients</c> says, at start-up: each configured
/// client is created or updated (secret, grants, scopes, redirect URIs), and applications no longer configured are
/// deleted, so removing a client from configuration shuts it out. Replicas starting together take turns (an advisory
/// lock held by the transaction the registration runs in), so none fails on another's newly created client.
/// </summary>
internal sealed class ClientRegistrations(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ClientRegistrations> logger) : IHostedService
{
    /// <summary>What a browser client may ask for: a person's session, an ID token, a refresh token.</summary>
    public static readonly string[] BrowserScopes = [SharedKernel.Vocabulary.Scopes.UserSession, OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.OfflineAccess];

    private const long RegistrationLock = 0x4169_5669_6465_6f03;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RegistrationLock})", cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var configured = ConfiguredServiceClients.All(configuration);
        foreach (var (clientId, options) in configured)
        {
            var descriptor = Describe(clientId, options);
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }

        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!configured.ContainsKey(await applications.GetClientIdAsync(application, cancellationToken) ?? ""))
            {
                stale.Add(application);
            }
        }
        foreach (var application in stale)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Registered {Count} OAuth clients ({Removed} removed)", configured.Count, stale.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor Describe(string clientId, ServiceClientOptions options)
    {
        if (!options.IsBrowserClient && options.Secret.Length < 16)
        {
            throw new InvalidOperationException(
                $"Identity:Clients:{clientId} needs a Secret of at least 16 characters (a service client) or RedirectUris and no Secret (a browser client).");
        }

        var descriptor = new OpenIddictApplicationDescriptor { ClientId = clientId, DisplayName = clientId, ApplicationType = ApplicationTypes.Web };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (options.IsBrowserClient)
        {
            descriptor.ClientType = ClientTypes.Public;
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            ]);
            descriptor.Permissions.UnionWith(BrowserScopes.Select(scope => Permissions.Prefixes.Scope + scope));
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            foreach (var uri in options.RedirectUris)
            {
                descriptor.RedirectUris.Add(Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Identity:Clients:{clientId}:RedirectUris has '{uri}', which is not an absolute URI."));
            }
            return descriptor;
        }

        descriptor.ClientType = ClientTypes.Confidential;
        descriptor.ClientSecret = options.Secret;
        descriptor.Permissions.UnionWith(options.Grants.Select(grant => Permissions.Prefixes.GrantType + grant));
        descriptor.Permissions.UnionWith(options.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }
}
