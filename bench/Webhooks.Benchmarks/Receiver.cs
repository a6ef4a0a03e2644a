using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>
/// Customers' endpoints on 127.0.0.1 (Kestrel): <c>POST /hooks/{name}</c>. Each request is verified as a customer would
/// verify it (Standard Webhooks: HMAC-SHA256 of "id.timestamp.body" with the hook's secret, compared in constant time),
/// answered 200 (400 when the signature does not verify), and timestamped with <see cref="Stopwatch"/> on arrival. A
/// message counts once per hook (by <c>webhook-id</c>); another request with the same id is counted as a duplicate.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _keys = new();
    private readonly ConcurrentDictionary<(string Hook, string MessageId), byte> _seen = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _firstArrivals = new();
    private long _unique;
    private long _duplicates;
    private long _badSignatures;
    private long _lastArrival;

    private Receiver(WebApplication app) => _app = app;

    /// <summary>Messages received for the first time at their hook.</summary>
    public long Unique => Interlocked.Read(ref _unique);

    /// <summary>Requests repeating a message a hook had already received.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Requests whose signature did not verify with the hook's secret (answered 400).</summary>
    public long BadSignatures => Interlocked.Read(ref _badSignatures);

    /// <summary>The <see cref="Stopwatch"/> timestamp of the latest first-time message.</summary>
    public long LastArrival => Interlocked.Read(ref _lastArrival);

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public static async Task<Receiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app);
        app.MapPost("/hooks/{name}", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The URL of hook <paramref name="name"/>.</summary>
    public string Url(string name) => new Uri(Address, $"/hooks/{name}").ToString();

    /// <summary>Hook <paramref name="name"/> verifies with <paramref name="secret"/> (<c>whsec_</c> and base64) from now on.</summary>
    public void Trust(string name, string secret) => _keys[name] = Signing.KeyOf(secret);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the first message about <paramref name="requestId"/> (its <c>data.requestId</c>) arrived.</summary>
    public Task<long> FirstArrivalAsync(Guid requestId) => _firstArrivals.GetOrAdd(requestId, NewSource).Task;

    private static TaskCompletionSource<long> NewSource(Guid _) => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<IResult> HandleAsync(string name, HttpRequest request, CancellationToken aborted)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, aborted);
        var body = buffer.ToArray();
        var id = request.Headers["webhook-id"].ToString();
        var timestamp = request.Headers["webhook-timestamp"].ToString();
        if (!_keys.TryGetValue(name, out var key) || !Signing.Verifies(key, id, timestamp, body, request.Headers["webhook-signature"].ToString()))
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.BadRequest();
        }
        if (!_seen.TryAdd((name, id), 0))
        {
            Interlocked.Increment(ref _duplicates);
            return Results.Ok();
        }
        Interlocked.Increment(ref _unique);
        long last;
        while ((last = Interlocked.Read(ref _lastArrival)) < arrived && Interlocked.CompareExchange(ref _lastArrival, arrived, last) != last)
        {
        }
        if (RequestIdOf(body) is { } requestId)
        {
            _firstArrivals.GetOrAdd(requestId, NewSource).TrySetResult(arrived);
        }
        return Results.Ok();
    }

    private static Guid? RequestIdOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("requestId", out var requestId) && requestId.TryGetGuid(out var value)
            ? value
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
