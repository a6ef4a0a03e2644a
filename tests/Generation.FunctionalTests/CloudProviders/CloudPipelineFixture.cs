using System.Security.Cryptography;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.FunctionalTests.Service;
using AiVideo.Webhooks.Api;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// generation-api as a service (<see cref="GenerationFixture"/>: identity-api, media-api, real PostgreSQL and RabbitMQ)
/// with RunwayML (<c>runway</c>) and Replicate (<c>replicate</c>) configured at their fakes, and webhooks-api in the same
/// process on the same RabbitMQ virtual host, where Replicate's completion webhooks go (signed with the Standard Webhooks
/// secret it is configured with). Replicate's predictions are polled only every ten minutes: what finishes sooner was
/// woken by its webhook.
/// </summary>
public sealed class CloudPipelineFixture : GenerationFixture, IAsyncLifetime
{
    public const string RunwayKey = "key_runway-service-test-0123456789";
    public const string ReplicateToken = "r8_replicate-service-test-0123456789";
    public const string ImageVersion = "black-forest-labs/flux-schnell";
    public static readonly string ReplicateSecret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly TimeSpan ReplicatePollInterval = TimeSpan.FromMinutes(10);

    private readonly int _webhooksPort = LocalPorts.GetFree();

    public FakeProvider Runway { get; } = new();

    public FakeProvider Replicate { get; } = new();

    public ServiceApp<WebhooksApi> Webhooks { get; private set; } = null!;

    /// <summary>Where Replicate is told to send its webhooks: webhooks-api's callback route for it.</summary>
    public Uri ReplicateWebhook => new($"http://127.0.0.1:{_webhooksPort}/api/webhooks/replicate");

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Generation:Providers:runway:Type"] = ProviderTypes.RunwayMl,
        ["Generation:Providers:runway:BaseUrl"] = Runway.Url("v1/"),
        ["Generation:Providers:runway:ApiKey"] = RunwayKey,
        ["Generation:Providers:runway:PollInterval"] = "00:00:00.100",
        ["Generation:Providers:runway:MaxPollInterval"] = "00:00:00.500",
        ["Generation:Providers:runway:Cost:PerVideoSecond"] = "0.05",
        ["Generation:Providers:replicate:Type"] = ProviderTypes.Replicate,
        ["Generation:Providers:replicate:BaseUrl"] = Replicate.Url("v1/"),
        ["Generation:Providers:replicate:ApiKey"] = ReplicateToken,
        ["Generation:Providers:replicate:Parameters:ImageVersion"] = ImageVersion,
        ["Generation:Providers:replicate:WebhookUrl"] = ReplicateWebhook.ToString(),
        ["Generation:Providers:replicate:PollInterval"] = GenerationSettings.Seconds(ReplicatePollInterval.TotalSeconds),
        ["Generation:Providers:replicate:MaxPollInterval"] = GenerationSettings.Seconds(ReplicatePollInterval.TotalSeconds),
        ["Generation:Providers:replicate:TaskTimeout"] = "01:00:00",
        ["Generation:Providers:replicate:Cost:PerImage"] = "0.003",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Webhooks = await ServiceApp<WebhooksApi>.CreateAsync(ResourceNames.WebhooksDatabase, new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventbus"] = EventBus,
            ["Identity:Url"] = Identity.Address!.ToString().TrimEnd('/'),
            ["Webhooks:Secrets:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Webhooks:Delivery:AllowHttp"] = "true",
            ["Webhooks:Delivery:AllowLoopback"] = "true",
            ["Webhooks:Providers:replicate:Secret"] = ReplicateSecret,
        }, new ServiceAppOptions(ListenOnLoopback: true, Port: _webhooksPort));
        await Eventually.True(async () => (await Http.GetAsync(new Uri(Webhooks.Address!, "/health"))).StatusCode == HttpStatusCode.OK,
            "webhooks-api migrated its database and connected to the bus", TimeSpan.FromSeconds(90));
    }

    public override async Task DisposeAsync()
    {
        await Webhooks.DisposeAsync();
        await base.DisposeAsync();
        Runway.Dispose();
        Replicate.Dispose();
    }

    /// <summary>Replicate's webhook for a prediction as Replicate sends it: the prediction as the body, signed per Standard Webhooks.</summary>
    public async Task<HttpResponseMessage> SendReplicateWebhookAsync(string body)
    {
        var id = $"msg_{Guid.NewGuid():N}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var key = Convert.FromBase64String(ReplicateSecret["whsec_".Length..]);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, ReplicateWebhook) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", $"v1,{signature}");
        return await Http.SendAsync(request);
    }
}
