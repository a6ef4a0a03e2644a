using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Identity.Api;
using AiVideo.SharedKernel.Vocabulary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Gateway.Tests;

/// <summary>
/// The edge as clients meet it: identity-api (real PostgreSQL) issuing tokens and API keys, an upstream behind the
/// gateway, and gateways configured with small limits so a test can reach them. Routes: <c>/open/**</c> anonymous,
/// <c>/auth/**</c> anonymous with the auth policy, <c>/work/**</c> with the generation policy, <c>/v1/**</c> and every
/// other route the default (a valid token or API key), all to the upstream's echo.
/// </summary>
public sealed class EdgeFixture : IAsyncLifetime
{
    public const string Password = "Correct-Horse-42";

    private readonly string _limitsPrefix = $"gateway-tests-{Guid.NewGuid():N}";
    private int _tokenRequests;

    public ServiceApp<IdentityApi> Identity { get; private set; } = null!;

    public UpstreamServer Upstream { get; private set; } = null!;

    public HttpClient IdentityHttp { get; private set; } = null!;

    public string Redis { get; private set; } = null!;

    /// <summary>How many requests identity-api's token endpoint has answered (API-key exchanges among them).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public async Task InitializeAsync()
    {
        Redis = (await TestServers.GetAsync()).Redis;
        Upstream = await UpstreamServer.StartAsync();
        Identity = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, IdentitySettings.Create(),
            new ServiceAppOptions(ListenOnLoopback: true, ConfigureServices: services =>
                services.AddSingleton<IStartupFilter>(new CountTokenRequests(() => Interlocked.Increment(ref _tokenRequests)))));
        IdentityHttp = new HttpClient { BaseAddress = Identity.Address };
    }

    public async Task DisposeAsync()
    {
        IdentityHttp.Dispose();
        await Identity.DisposeAsync();
        await Upstream.DisposeAsync();
    }

    /// <summary>A gateway in front of the upstream, validating identity-api's tokens, with the given limits and settings.</summary>
    public Task<GatewayProcess> StartGatewayAsync(IReadOnlyDictionary<string, string?>? extra = null, string? redis = null)
    {
        var upstream = $"http://127.0.0.1:{Upstream.Port}";
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:upstream:Destinations:a:Address"] = upstream,
            ["ReverseProxy:Clusters:upstream:HealthCheck:Active:Enabled"] = "false",
            ["Identity:Url"] = Identity.Address!.ToString().TrimEnd('/'),
            ["Identity:Audience"] = IdentitySettings.Audience,
            ["ServiceAuth:ClientId"] = ResourceNames.Gateway,
            ["ServiceAuth:ClientSecret"] = IdentitySettings.GatewaySecret,
            ["ConnectionStrings:redis"] = redis ?? Redis,
            ["Gateway:ApiKeyCacheSeconds"] = "3",
            ["RateLimits:KeyPrefix"] = _limitsPrefix,
            ["RateLimits:Default:PermitLimit"] = "1000",
            ["RateLimits:Default:WindowSeconds"] = "60",
            ["RateLimits:Auth:PermitLimit"] = "1000",
            ["RateLimits:Generation:PermitLimit"] = "1000",
        };
        void Route(string id, string path, string? policy, string? rateLimit = null, string[]? methods = null)
        {
            settings[$"ReverseProxy:Routes:{id}:ClusterId"] = "upstream";
            settings[$"ReverseProxy:Routes:{id}:Match:Path"] = path;
            settings[$"ReverseProxy:Routes:{id}:Transforms:0:PathPrefix"] = "/echo";
            if (policy is not null)
            {
                settings[$"ReverseProxy:Routes:{id}:AuthorizationPolicy"] = policy;
            }
            if (rateLimit is not null)
            {
                settings[$"ReverseProxy:Routes:{id}:RateLimiterPolicy"] = rateLimit;
            }
            for (var i = 0; i < (methods?.Length ?? 0); i++)
            {
                settings[$"ReverseProxy:Routes:{id}:Match:Methods:{i}"] = methods![i];
            }
        }
        Route("open", "/open/{**rest}", "anonymous");
        Route("auth", "/auth/{**rest}", "anonymous", "auth");
        Route("work", "/work/{**rest}", "generation", "generation", ["POST"]);
        Route("openai", "/v1/{**rest}", null);
        Route("api", "/api/{**rest}", null);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return GatewayProcess.StartAsync(settings);
    }

    /// <summary>Registers a person (with a company of their own); returns their access token and company id.</summary>
    public async Task<(string Token, Guid CompanyId)> RegisterAsync()
    {
        var response = await IdentityHttp.PostAsJsonAsync("/api/auth/register",
            new { email = $"edge-{Guid.NewGuid():N}@example.com", password = Password, name = "Edge", companyName = "Edge Co" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("user").GetProperty("companyId").GetGuid());
    }

    /// <summary>Creates an API key for the person; returns its secret and id.</summary>
    public async Task<(string Secret, Guid Id)> CreateApiKeyAsync(string token, string[] scopes, int perMinute = 1000, int perHour = 10000)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/api-keys")
        {
            Content = JsonContent.Create(new { name = "edge", scopes, rateLimitPerMinute = perMinute, rateLimitPerHour = perHour }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await IdentityHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("secret").GetString()!, body.GetProperty("key").GetProperty("id").GetGuid());
    }

    public async Task RevokeApiKeyAsync(string token, Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/api-keys/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await IdentityHttp.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>Counts the requests identity-api's token endpoint answers.</summary>
    private sealed class CountTokenRequests(Action count) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Path.StartsWithSegments("/connect/token"))
                {
                    count();
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
