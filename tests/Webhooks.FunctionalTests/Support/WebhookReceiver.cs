using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>
/// Customers' receivers on 127.0.0.1 (Kestrel): <c>POST /hooks/{name}</c>, one hook per endpoint under test. Each hook
/// trusts the secrets it was given and verifies every entry of <c>webhook-signature</c> on its own with the
/// StandardWebhooks library (its <c>Verify</c> never compares the last entry of a list, so entries are presented one at a
/// time): the library's <c>Sign</c> must produce the entry for the message's id, timestamp and body, and where the
/// timestamp is within the library's five minutes of the wall clock (the service's clock may have been moved on), its
/// <c>Verify</c> must accept it too. A request whose entries do not all verify is answered 400; the others as the hook's
/// script says (500, 410, slow, Retry-After), then 200. Every request is recorded.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ReceiverHook> _hooks = new();
    private int _inFlight;
    private int _maxInFlight;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The most requests the receiver was answering at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{name}", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>A new hook (a fresh name each call) at <see cref="ReceiverHook.Url"/>.</summary>
    public ReceiverHook NewHook(string label = "hook")
    {
        var name = $"{label}-{Guid.NewGuid():N}";
        var hook = new ReceiverHook(name, new Uri(Address, $"/hooks/{name}").ToString());
        _hooks[name] = hook;
        return hook;
    }

    public IReadOnlyList<ReceivedWebhook> For(ReceiverHook hook) => Received.Where(r => r.Hook == hook.Name).ToList();

    private async Task<IResult> HandleAsync(string name, HttpRequest request, CancellationToken aborted)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            int seen;
            while ((seen = Volatile.Read(ref _maxInFlight)) < inFlight && Interlocked.CompareExchange(ref _maxInFlight, inFlight, seen) != seen)
            {
            }
            var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(aborted);
            if (!_hooks.TryGetValue(name, out var hook))
            {
                return Results.NotFound();
            }
            var id = request.Headers["webhook-id"].FirstOrDefault();
            var timestamp = request.Headers["webhook-timestamp"].FirstOrDefault();
            var signature = request.Headers["webhook-signature"].FirstOrDefault();
            var entries = signature?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var verifiedBy = entries.Select(entry => hook.Secrets.FirstOrDefault(secret => StandardWebhookSignatures.VerifiesAlone(secret, id, timestamp, body, entry))).ToList();
            var received = new ReceivedWebhook(name, id, timestamp, signature, body, verifiedBy, DateTime.UtcNow);
            Received.Enqueue(received);
            if (!received.Verified)
            {
                return Results.Text("signature not verified", statusCode: 400);
            }

            var answer = hook.NextAnswer();
            if (answer.Delay is { } delay)
            {
                try
                {
                    await Task.Delay(delay, aborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty;
                }
            }
            if (answer.RetryAfter is { } retryAfter)
            {
                request.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
            }
            return Results.Text(answer.Status == 200 ? "received" : $"answered {answer.Status}", statusCode: answer.Status);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
