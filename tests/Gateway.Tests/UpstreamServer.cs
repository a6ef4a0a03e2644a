using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiVideo.Gateway.Tests;

/// <summary>A service behind the gateway that shows what reached it and can answer slowly, in pieces, or with a lot of bytes.</summary>
public sealed class UpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UpstreamServer(WebApplication app) => _app = app;

    private int _requests;

    public int Port => new Uri(_app.Urls.Single()).Port;

    /// <summary>How many requests reached this server.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Released by a test to let <c>/stream</c> send its second half.</summary>
    public TaskCompletionSource ReleaseStream { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<UpstreamServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var server = new UpstreamServer(app);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            return next(context);
        });

        app.Map("/echo/{**rest}", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Response.Headers["X-Upstream"] = "echo";
            await context.Response.WriteAsJsonAsync(new Echo(
                context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
        });
        app.MapPost("/sink", async (HttpContext context) =>
        {
            context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = null;
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }
            return Results.Ok(new { bytes = total });
        });
        app.MapGet("/source/{bytes:long}", async (HttpContext context, long bytes) =>
        {
            context.Response.ContentLength = bytes;
            context.Response.ContentType = "application/octet-stream";
            var chunk = new byte[64 * 1024];
            Random.Shared.NextBytes(chunk);
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - sent)));
            }
        });
        app.MapGet("/stream", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("data: first\n\n");
            await context.Response.Body.FlushAsync();
            await server.ReleaseStream.Task;
            await context.Response.WriteAsync("data: second\n\n");
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            return Results.Ok();
        });
        app.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        app.MapGet("/not-found-with-body", () => Results.Json(new { error = "no such thing" }, statusCode: 404));
        app.MapGet("/health", () => Results.Json(new { status = "Healthy" }));
        // Shaped like the services' documents: servers names the address the upstream was called at, and /internal is listed.
        app.MapGet("/openapi/v1.json", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["openapi"] = "3.1.1",
            ["info"] = new { title = "upstream", version = "v1" },
            ["servers"] = new[] { new { url = $"{context.Request.Scheme}://{context.Request.Host}" } },
            ["paths"] = new Dictionary<string, object>
            {
                ["/api/things"] = new { get = new { responses = new Dictionary<string, object> { ["200"] = new { description = "OK" } } } },
                ["/internal/things"] = new { get = new { responses = new Dictionary<string, object> { ["200"] = new { description = "OK" } } } },
            },
        }));

        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseStream.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Echo(string Method, string Path, string Query, Dictionary<string, string> Headers, string Body);

    public static Echo Read(string json) => JsonSerializer.Deserialize<Echo>(json, JsonSerializerOptions.Web)!;
}
