using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// An OTLP/HTTP collector on loopback that keeps every export the services send it. OTLP protobuf keeps strings as
/// UTF-8 and trace ids as their 16 raw bytes, so both can be found in an export without a protobuf parser.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Signal, byte[] Body)> Exports { get; } = new();

    public string Address => _app.Urls.Single();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.Exports.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The trace exports of a service (its <c>service.name</c> is in the export) that hold spans of the trace.</summary>
    public IEnumerable<byte[]> TraceExports(string service, ReadOnlySpan<byte> traceId)
    {
        var found = new List<byte[]>();
        var name = System.Text.Encoding.UTF8.GetBytes(service);
        foreach (var (signal, body) in Exports)
        {
            if (signal == "traces" && body.AsSpan().IndexOf(name) >= 0 && body.AsSpan().IndexOf(traceId) >= 0)
            {
                found.Add(body);
            }
        }
        return found;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
