using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// Customers' receivers on 127.0.0.1 (Kestrel): <c>POST /hooks/{name}</c>, one hook per endpoint a test registers, each
/// trusting the secret webhooks-api showed when the endpoint was made. Every entry of <c>webhook-signature</c> is
/// verified on its own with the StandardWebhooks library (its <c>Verify</c> never compares the last entry of a list, so
/// entries are presented one at a time, and the library's <c>Sign</c> must give the same entry). A request that does not
/// verify is answered 400, the others 200; every request is recorded.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

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

    /// <summary>A new hook's URL (a fresh name each call); <see cref="Trust"/> it with the endpoint's secret before events come.</summary>
    public string NewHookUrl(out string name)
    {
        name = $"hook-{Guid.NewGuid():N}";
        return new Uri(Address, $"/hooks/{name}").ToString();
    }

    public void Trust(string hook, string secret) => _secrets[hook] = secret;

    public IReadOnlyList<ReceivedWebhook> For(string hook) => Received.Where(r => r.Hook == hook).ToList();

    private async Task<IResult> HandleAsync(string name, HttpRequest request, CancellationToken aborted)
    {
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(aborted);
        var id = request.Headers["webhook-id"].FirstOrDefault();
        var timestamp = request.Headers["webhook-timestamp"].FirstOrDefault();
        var signature = request.Headers["webhook-signature"].FirstOrDefault();
        var entries = signature?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var verified = _secrets.TryGetValue(name, out var secret) && entries.Length > 0 && entries.All(entry => StandardWebhookSignatures.VerifiesAlone(secret, id, timestamp, body, entry));
        Received.Enqueue(new ReceivedWebhook(name, id, timestamp, body, verified));
        return verified ? Results.Text("received") : Results.Text("signature not verified", statusCode: 400);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
