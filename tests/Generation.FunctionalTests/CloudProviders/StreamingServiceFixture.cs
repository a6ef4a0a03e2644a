using System.Security.Cryptography;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.FunctionalTests.Service;
using AiVideo.Webhooks.Api;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// generation-api as a service (<see cref="GenerationFixture"/>: identity-api, media-api, real PostgreSQL and RabbitMQ)
/// with Mux (<c>mux</c>) at its fake chosen by <c>Generation:PortDefaults:transcode</c> for every uploaded video, Cloudflare
/// Stream (<c>cloudflare</c>) at its fake for companies choosing it, and webhooks-api in the same process on the same
/// RabbitMQ virtual host, where both providers' webhooks go (signed with <c>Mux-Signature</c> or <c>Webhook-Signature</c>
/// and the secret each is configured with). Both are polled only every ten minutes: an upload processed sooner was woken
/// by its webhook.
/// </summary>
public sealed class StreamingServiceFixture : GenerationFixture, IAsyncLifetime
{
    public const string CloudflareToken = "cf-service-token-0123456789";
    public const string CloudflareAccount = "0c1d2e3f405162738495a6b7c8d9e0f1";
    public static readonly string CloudflareWebhookSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
    public const string MuxTokenId = "mux-service-token-id";
    public const string MuxTokenSecret = "mux-service-token-secret-0123456789";
    public static readonly string MuxWebhookSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
    public static readonly TimeSpan MuxPollInterval = TimeSpan.FromMinutes(10);

    private readonly int _webhooksPort = LocalPorts.GetFree();

    public FakeProvider Mux { get; } = new();

    public FakeProvider Cloudflare { get; } = new();

    public ServiceApp<WebhooksApi> Webhooks { get; private set; } = null!;

    /// <summary>webhooks-api's callback route for Mux (where Mux's dashboard would be told to send its webhooks).</summary>
    public Uri MuxWebhook => new($"http://127.0.0.1:{_webhooksPort}/api/webhooks/mux");

    /// <summary>webhooks-api's callback route for Cloudflare Stream (the account's webhook URL).</summary>
    public Uri CloudflareWebhook => new($"http://127.0.0.1:{_webhooksPort}/api/webhooks/cloudflare");

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Generation:Providers:mux:Type"] = ProviderTypes.Mux,
        ["Generation:Providers:mux:BaseUrl"] = Mux.Address.ToString(),
        ["Generation:Providers:mux:Parameters:TokenId"] = MuxTokenId,
        ["Generation:Providers:mux:Parameters:TokenSecret"] = MuxTokenSecret,
        ["Generation:Providers:mux:Parameters:StreamBaseUrl"] = new Uri(Mux.Address, "stream/").ToString(),
        ["Generation:Providers:mux:Parameters:ImageBaseUrl"] = new Uri(Mux.Address, "image/").ToString(),
        ["Generation:Providers:mux:PollInterval"] = GenerationSettings.Seconds(MuxPollInterval.TotalSeconds),
        ["Generation:Providers:mux:MaxPollInterval"] = GenerationSettings.Seconds(MuxPollInterval.TotalSeconds),
        ["Generation:Providers:mux:TaskTimeout"] = "01:00:00",
        ["Generation:Providers:mux:Cost:PerVideoSecond"] = "0.002",
        ["Generation:Providers:cloudflare:Type"] = ProviderTypes.CloudflareStream,
        ["Generation:Providers:cloudflare:BaseUrl"] = new Uri(Cloudflare.Address, "client/v4/").ToString(),
        ["Generation:Providers:cloudflare:ApiKey"] = CloudflareToken,
        ["Generation:Providers:cloudflare:Parameters:AccountId"] = CloudflareAccount,
        ["Generation:Providers:cloudflare:PollInterval"] = GenerationSettings.Seconds(MuxPollInterval.TotalSeconds),
        ["Generation:Providers:cloudflare:MaxPollInterval"] = GenerationSettings.Seconds(MuxPollInterval.TotalSeconds),
        ["Generation:Providers:cloudflare:TaskTimeout"] = "01:00:00",
        ["Generation:PortDefaults:transcode"] = "mux",
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
            ["Webhooks:Providers:mux:Secret"] = MuxWebhookSecret,
            ["Webhooks:Providers:cloudflare:Secret"] = CloudflareWebhookSecret,
        }, new ServiceAppOptions(ListenOnLoopback: true, Port: _webhooksPort));
        await Eventually.True(async () => (await Http.GetAsync(new Uri(Webhooks.Address!, "/health"))).StatusCode == HttpStatusCode.OK,
            "webhooks-api migrated its database and connected to the bus", TimeSpan.FromSeconds(90));
    }

    public override async Task DisposeAsync()
    {
        await Webhooks.DisposeAsync();
        await base.DisposeAsync();
        Mux.Dispose();
        Cloudflare.Dispose();
    }

    /// <summary>A Mux webhook as Mux sends it: the event as the body, <c>Mux-Signature: t=,v1=</c> the hex HMAC-SHA256 of "t.body".</summary>
    public async Task<HttpResponseMessage> SendMuxWebhookAsync(string body)
    {
        var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(MuxWebhookSecret), System.Text.Encoding.UTF8.GetBytes($"{t}.{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, MuxWebhook) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Mux-Signature", $"t={t},v1={signature}");
        return await Http.SendAsync(request);
    }

    /// <summary>A Stream webhook as Cloudflare sends it: the video as the body, <c>Webhook-Signature: time=,sig1=</c> the hex HMAC-SHA256 of "time.body".</summary>
    public async Task<HttpResponseMessage> SendCloudflareWebhookAsync(string body)
    {
        var time = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CloudflareWebhookSecret), System.Text.Encoding.UTF8.GetBytes($"{time}.{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, CloudflareWebhook) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Webhook-Signature", $"time={time},sig1={signature}");
        return await Http.SendAsync(request);
    }
}
