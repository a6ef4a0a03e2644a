using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace AiVideo.ServiceDefaults.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Traces_and_logs_are_exported_over_otlp_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentQueue<(string Path, string Body)>();
        await using var collector = await LocalServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path.Value!, Encoding.UTF8.GetString(body.ToArray())));
            return Results.Ok();
        }));

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString().TrimEnd('/');
        builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        builder.Configuration["OTEL_SERVICE_NAME"] = "telemetry-probe";
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.MapGet("/hello", (ILogger<TelemetryTests> logger) =>
        {
            logger.LogInformation("Said hello to the collector");
            return "hi";
        });
        await app.StartAsync();
        (await app.GetTestClient().GetStringAsync("/hello")).Should().Be("hi");

        // Exported in batches while the service runs (every few seconds), through the service's own HttpClient factory.
        await Eventually.True(() => received.Any(r => r.Path == "/v1/traces") && received.Any(r => r.Path == "/v1/logs"),
            "the collector received traces and logs");
        await app.StopAsync();
        await app.DisposeAsync();
        // OTLP protobuf keeps strings as UTF-8: the resource's service name and the ASP.NET Core source are readable in it.
        received.Where(r => r.Path == "/v1/traces").Should().Contain(r => r.Body.Contains("telemetry-probe") && r.Body.Contains("Microsoft.AspNetCore"));
        received.Where(r => r.Path == "/v1/logs").Should().Contain(r => r.Body.Contains("Said hello to the collector"));
    }
}
