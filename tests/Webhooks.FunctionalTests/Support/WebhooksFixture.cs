using System.Security.Cryptography;
using AiVideo.Identity.Api;
using AiVideo.Webhooks.Api;
using AiVideo.Webhooks.Infrastructure.Persistence;
using MassTransit;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>
/// identity-api on a real loopback port issuing the tokens (<see cref="SharedIdentity"/>), webhooks-api validating them
/// by authority against its own new database and RabbitMQ virtual host (configured as AppHost configures it for local
/// runs: http and loopback endpoints allowed), a clock the tests move on, and a receiver on 127.0.0.1. The service can be
/// restarted and run as several replicas on the same database and bus. Each test class has its own: the clock only
/// moves forward within a class, and every test makes its own company, endpoints and receiver hooks.
/// </summary>
public class WebhooksFixture : IAsyncLifetime
{
    private readonly List<ServiceApp<WebhooksApi>> _replicas = [];
    private Dictionary<string, string?> _settings = null!;
    private HttpClient _client = null!;

    /// <summary>The service's clock: real time, moved on by the tests to reach retries hours away.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Every message webhooks-api's consumers finished with (handled, or skipped as already handled), in any replica.</summary>
    public DeliveryCounter Consumed { get; } = new();

    public WebhookReceiver Receiver { get; private set; } = null!;

    public ServiceApp<IdentityApi> Identity { get; private set; } = null!;

    /// <summary>The running webhooks-api (the latest one started).</summary>
    public ServiceApp<WebhooksApi> Webhooks { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>How long a worker holds a claimed delivery (<c>Webhooks:Delivery:Lease</c>).</summary>
    public TimeSpan Lease => TimeSpan.Parse(_settings["Webhooks:Delivery:Lease"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Settings a fixture adds or overrides.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Services a fixture replaces (a DNS table).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Identity = await SharedIdentity.GetAsync();
        _settings = new Dictionary<string, string?>(ProviderSecrets.Settings())
        {
            ["Identity:Url"] = Identity.Address!.ToString().TrimEnd('/'),
            ["Webhooks:Secrets:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Webhooks:Delivery:AllowHttp"] = "true",
            ["Webhooks:Delivery:AllowLoopback"] = "true",
            ["Webhooks:Delivery:Timeout"] = "00:00:10",
            ["Webhooks:Delivery:Lease"] = "00:00:30",
            ["Webhooks:Delivery:PollInterval"] = "00:00:00.200",
            ["Webhooks:Inbound:MaxBodyBytes"] = "65536",
            ["Webhooks:Retention:SweepInterval"] = "00:00:01", // the retention test moves the clock on and sees the sweep
        };
        foreach (var (key, value) in ExtraSettings)
        {
            _settings[key] = value;
        }
        Webhooks = await StartReplicaAsync();
        _settings = new Dictionary<string, string?>(Webhooks.Settings); // now naming its database and virtual host
    }

    /// <summary>
    /// Another webhooks-api on the same database and virtual host (a replica, or the service after a restart), started and
    /// healthy; it serves the requests the tests send from now on. <paramref name="configure"/> changes this replica only.
    /// </summary>
    public async Task<ServiceApp<WebhooksApi>> StartReplicaAsync(Action<IServiceCollection>? configure = null)
    {
        var app = await ServiceApp<WebhooksApi>.CreateAsync(ResourceNames.WebhooksDatabase, _settings, new ServiceAppOptions(ConfigureServices: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IConsumeObserver>(Consumed);
            ConfigureServices(services);
            configure?.Invoke(services);
        }));
        var client = app.CreateClient();
        await Eventually.True(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            "webhooks-api migrated its database and connected to the bus", TimeSpan.FromSeconds(90));
        _replicas.Add(app);
        _client = client;
        Webhooks = app;
        return app;
    }

    /// <summary>
    /// Stops the running webhooks-api (as a deployment stops a pod: its host shuts down gracefully) and starts it again on
    /// the same database and bus, configured by <paramref name="configure"/> if given.
    /// </summary>
    public async Task RestartAsync(Action<IServiceCollection>? configure = null)
    {
        await StopReplicaAsync(Webhooks);
        await StartReplicaAsync(configure);
    }

    /// <summary>Stops one replica (shut down gracefully); the requests go to the latest one still running.</summary>
    public async Task StopReplicaAsync(ServiceApp<WebhooksApi> replica)
    {
        _replicas.Remove(replica);
        await replica.DisposeAsync();
        if (_replicas.Count > 0 && Webhooks == replica)
        {
            Webhooks = _replicas[^1];
            _client = Webhooks.CreateClient();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }
        await Receiver.DisposeAsync();
        Http.Dispose();
    }

    public WebhooksContext OpenDatabase() => new(new DbContextOptionsBuilder<WebhooksContext>().UseNpgsql(Webhooks.DatabaseConnectionString).Options);

    /// <summary>A request to webhooks-api with a bearer token.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return _client.SendAsync(request);
    }

    /// <summary>A raw request to webhooks-api (a provider's callback).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    /// <summary>Publishes an event on the real bus, as another service's outbox would (with a message id of its own when given).</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        Webhooks.Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            if (messageId is { } id)
            {
                context.MessageId = id;
            }
        });

    /// <summary>A new user with a company of their own, whose admin they are.</summary>
    public async Task<Account> SignUpAsync()
    {
        var body = await Support.Http.JsonAsync(await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/auth/register"),
            new { email = $"hooks-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Hook Admin" }), HttpStatusCode.Created);
        return ToAccount(body);
    }

    /// <summary>A member (not an admin) of the admin's company, invited and joined through identity-api.</summary>
    public async Task<Account> InviteMemberAsync(Account admin)
    {
        var invite = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, $"/api/companies/{admin.CompanyId}/invitations"))
        {
            Content = JsonContent.Create(new { email = $"member-{Guid.NewGuid():N}@example.com", role = Roles.Member }),
        };
        invite.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        var token = (await Support.Http.JsonAsync(await Http.SendAsync(invite), HttpStatusCode.Created)).GetProperty("token").GetString();
        var accepted = await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/invitations/accept"), new { token, name = "Member", password = "Correct-Horse-42" });
        return ToAccount(await Support.Http.JsonAsync(accepted, HttpStatusCode.Created));
    }

    /// <summary>An API key of the admin's company with the given scopes, exchanged for an access token as the gateway does.</summary>
    public async Task<string> ApiKeyTokenAsync(Account admin, params string[] scopes)
    {
        var create = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, "/api/api-keys")) { Content = JsonContent.Create(new { name = "Integration", scopes }) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        var secret = (await Support.Http.JsonAsync(await Http.SendAsync(create), HttpStatusCode.Created)).GetProperty("secret").GetString()!;
        var exchange = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = GrantTypes.ApiKey, ["api_key"] = secret }),
        };
        exchange.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ResourceNames.Gateway}:{IdentitySettings.GatewaySecret}")));
        return (await Support.Http.JsonAsync(await Http.SendAsync(exchange), HttpStatusCode.OK)).GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates an endpoint pointing at the hook, which trusts its secret from then on.</summary>
    public async Task<CreatedEndpoint> CreateEndpointAsync(Account admin, ReceiverHook hook, params string[] eventTypes)
    {
        var created = await Support.Http.JsonAsync(await SendAsync(HttpMethod.Post, "/api/webhook-endpoints", admin.Token,
            new { url = hook.Url, eventTypes = eventTypes.Length == 0 ? WebhookEventTypes.All.Where(t => t != WebhookEventTypes.Ping).ToArray() : eventTypes, description = "tests" }),
            HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        hook.Trust(secret);
        return new CreatedEndpoint(created.GetProperty("endpoint").GetProperty("id").GetGuid(), secret, hook);
    }

    public async Task<JsonElement> GetEndpointAsync(Account admin, Guid endpointId) =>
        await Support.Http.JsonAsync(await SendAsync(HttpMethod.Get, $"/api/webhook-endpoints/{endpointId}", admin.Token), HttpStatusCode.OK);

    /// <summary>The endpoint's deliveries (first page of 100), newest first.</summary>
    public async Task<List<JsonElement>> DeliveriesAsync(Account admin, Guid endpointId) =>
        (await Support.Http.JsonAsync(await SendAsync(HttpMethod.Get, $"/api/webhook-endpoints/{endpointId}/deliveries?limit=100", admin.Token), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();

    public async Task<JsonElement> DeliveryAsync(Account admin, Guid deliveryId) =>
        await Support.Http.JsonAsync(await SendAsync(HttpMethod.Get, $"/api/webhook-deliveries/{deliveryId}", admin.Token), HttpStatusCode.OK);

    /// <summary>Waits until the delivery satisfies <paramref name="done"/> and returns it.</summary>
    public Task<JsonElement> DeliveryWhenAsync(Account admin, Guid deliveryId, Func<JsonElement, bool> done, string because, TimeSpan? timeout = null) =>
        Eventually.Until(() => DeliveryAsync(admin, deliveryId), done, because, timeout);

    private static Account ToAccount(JsonElement body)
    {
        var user = body.GetProperty("user");
        return new Account(body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid());
    }
}
