using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace AiVideo.Webhooks.UnitTests;

/// <summary>
/// A customer's receiver on 127.0.0.1 (Kestrel): <c>/ok</c> verifies the Standard Webhooks signature with the library
/// and answers 200 (or 400 when it does not verify); other paths answer 500, 410, 429 with Retry-After, a redirect, a
/// long body, or nothing for a long time. Every request that arrives is recorded.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Receiver(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
    }

    public string Secret { get; }

    public ConcurrentQueue<(string Path, string? WebhookId, string Body)> Requests { get; } = new();

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public int Port => Address.Port;

    public static async Task<Receiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app, secret);
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            receiver.Requests.Enqueue((context.Request.Path, context.Request.Headers["webhook-id"].ToString(), body));
            await next(context);
        });
        app.MapPost("/ok", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            try
            {
                new StandardWebhook(secret).Verify(body, request.Headers);
                return Results.Text("received", statusCode: 200);
            }
            catch (StandardWebhooks.Diagnostics.WebhookVerificationException exception)
            {
                return Results.Text(exception.Message, statusCode: 400);
            }
        });
        app.MapPost("/fail", () => Results.Text("internal error", statusCode: 500));
        app.MapPost("/gone", () => Results.StatusCode(410));
        app.MapPost("/busy", (HttpResponse response) =>
        {
            response.Headers.RetryAfter = "120";
            return Results.StatusCode(429);
        });
        app.MapPost("/moved", () => Results.Redirect("/ok"));
        app.MapPost("/chatty", () => Results.Text(new string('x', 100_000)));
        app.MapPost("/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
