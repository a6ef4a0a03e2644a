using AiVideo.Webhooks.Application.Destinations;
using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiVideo.Webhooks.UnitTests;

public sealed class DeliveryClientTests : IAsyncLifetime
{
    private const string Body = """{"type":"ping","timestamp":"2026-12-01T12:00:00+00:00","data":{}}""";
    private readonly SigningSecret _secret = SigningSecret.New();
    private readonly TableResolver _dns = new();
    private Receiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await Receiver.StartAsync(_secret.Value);

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private (HttpWebhookSender Sender, WebhookHttpClient Client) Sender(bool allowLoopback = true, TimeSpan? timeout = null)
    {
        var options = TestOptions.Delivery(allowHttp: true, allowLoopback: allowLoopback);
        if (timeout is { } t)
        {
            options.CurrentValue.Delivery.Timeout = t;
        }
        var client = new WebhookHttpClient(new GuardedConnector(new DestinationPolicy(options), _dns), Options.Create(options.CurrentValue));
        return (new HttpWebhookSender(client, options, TimeProvider.System, NullLogger<HttpWebhookSender>.Instance), client);
    }

    private WebhookRequest Request(string path, string host = "127.0.0.1")
    {
        var body = Encoding.UTF8.GetBytes(Body);
        var headers = WebhookSigner.Sign(WebhookMessageId.New(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, body, [_secret]);
        return new WebhookRequest(new Uri($"http://{host}:{_receiver.Port}{path}"), headers, body);
    }

    [Fact]
    public async Task A_receiver_verifies_the_attempt_with_the_standard_webhooks_library_and_its_answer_is_recorded()
    {
        var (sender, client) = Sender();
        using var _ = client;
        var request = Request("/ok");

        var result = await sender.SendAsync(request, default);

        result.StatusCode.Should().Be(200, result.ResponseExcerpt);
        result.ResponseExcerpt.Should().Be("received");
        result.Succeeded.Should().BeTrue();
        result.Duration.Should().BePositive();
        _receiver.Requests.Should().ContainSingle().Which.Should().Be(("/ok", request.Headers.Id, Body));
    }

    [Fact]
    public async Task Failures_gone_and_retry_after_come_back_as_answers()
    {
        var (sender, client) = Sender();
        using var _ = client;

        var failed = await sender.SendAsync(Request("/fail"), default);
        var gone = await sender.SendAsync(Request("/gone"), default);
        var busy = await sender.SendAsync(Request("/busy"), default);

        failed.Should().Match<AttemptResult>(r => r.StatusCode == 500 && r.ResponseExcerpt == "internal error" && r.Error == null);
        gone.Gone.Should().BeTrue();
        busy.StatusCode.Should().Be(429);
        busy.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        var (sender, client) = Sender();
        using var _ = client;

        var result = await sender.SendAsync(Request("/moved"), default);

        result.StatusCode.Should().Be(302);
        _receiver.Requests.Select(r => r.Path).Should().Equal("/moved");
    }

    [Fact]
    public async Task Only_the_start_of_a_long_response_is_kept()
    {
        var (sender, client) = Sender();
        using var _ = client;

        var result = await sender.SendAsync(Request("/chatty"), default);

        result.StatusCode.Should().Be(200);
        result.ResponseExcerpt.Should().HaveLength(DeliveryAttempt.MaxResponseExcerptLength);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_a_timeout()
    {
        var (sender, client) = Sender(timeout: TimeSpan.FromSeconds(1));
        using var _ = client;

        var result = await sender.SendAsync(Request("/slow"), default);

        result.Error.Should().Be("timeout");
        result.StatusCode.Should().BeNull();
        result.Duration.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Loopback_is_refused_at_connection_time_unless_allowed_and_nothing_reaches_the_receiver()
    {
        var (sender, client) = Sender(allowLoopback: false);
        using var _ = client;

        var result = await sender.SendAsync(Request("/ok"), default);

        result.Error.Should().StartWith("destination_refused");
        result.StatusCode.Should().BeNull();
        _receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_name_is_resolved_and_checked_at_every_connection_so_a_changed_dns_answer_is_refused()
    {
        _dns.Add("receiver.test", "127.0.0.1");
        var (allowed, allowedClient) = Sender(allowLoopback: true);
        var (strict, strictClient) = Sender(allowLoopback: false);
        using var _ = allowedClient;
        using var __ = strictClient;

        // Each attempt on a new connection, as once the pool renewed its connections: the name is looked up again.
        allowedClient.Client.DefaultRequestHeaders.ConnectionClose = true;
        (await allowed.SendAsync(Request("/ok", "receiver.test"), default)).StatusCode.Should().Be(200);
        var refused = await strict.SendAsync(Request("/ok", "receiver.test"), default);
        _dns.Add("receiver.test", "10.0.0.1");
        var rebound = await allowed.SendAsync(Request("/ok", "receiver.test"), default);

        refused.Error.Should().Be("destination_refused: receiver.test resolves only to addresses webhooks may not go to (Loopback).");
        rebound.Error.Should().StartWith("destination_refused").And.Contain("Private");
        _receiver.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_or_a_closed_port_is_a_connection_failure()
    {
        var (sender, client) = Sender();
        using var _ = client;
        var closedPort = new WebhookRequest(new Uri("http://127.0.0.1:1/hook"), Request("/ok").Headers, Encoding.UTF8.GetBytes(Body));

        var unresolved = await sender.SendAsync(Request("/ok", "nowhere.test"), default);
        var closed = await sender.SendAsync(closedPort, default);

        unresolved.Error.Should().NotBeNull();
        unresolved.StatusCode.Should().BeNull();
        closed.Error.Should().Be("connection_failed");
    }
}
