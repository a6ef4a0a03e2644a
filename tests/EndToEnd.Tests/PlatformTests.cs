using System.Diagnostics;
using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>The platform as the AppHost runs it, reached only through the gateway.</summary>
[Collection(nameof(SystemCollection))]
public sealed class PlatformTests(SystemFixture system, ITestOutputHelper log)
{
    private static readonly string[] Services = [.. ResourceNames.Services.Select(s => s.Service)];

    [Fact]
    public async Task The_gateway_reports_every_service_healthy_and_serves_their_api_documents()
    {
        var health = await system.Http.GetAsync(new Uri(system.Gateway, "/health"));
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        log.WriteLine(report.ToString());

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        report.ToString().Should().NotContainAny(["localhost", "127.0.0.1", "http://"], "the gateway's health names services, never their addresses");
        foreach (var service in Services)
        {
            report.GetProperty("checks").GetProperty(service).GetProperty("status").GetString().Should().Be("Healthy", service);
        }
        foreach (var service in new[] { "identity", "projects", "media", "generation", "webhooks" })
        {
            var document = await system.Http.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway, $"/openapi/{service}/v1.json"));
            document.GetProperty("openapi").GetString().Should().StartWith("3.", $"{service}'s OpenAPI document is served through the gateway");
        }
        (await system.Http.GetAsync(new Uri(system.Gateway, "/docs/index.html"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_registers_through_the_gateway_and_another_service_accepts_their_token()
    {
        var token = await RegisterAsync();

        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonDocument.Parse(Convert.FromBase64String(payload + new string('=', (4 - payload.Length % 4) % 4))).RootElement;
        claims.GetProperty("iss").GetString().Should().Be(system.Gateway.ToString().TrimEnd('/'), "tokens are issued by the public URL, the gateway's");
        foreach (var path in new[] { "/api/auth/profile", "/api/usage" })
        {
            var response = await SendAsync(HttpMethod.Get, path, token);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// The filesystem backend's presigned URL points at the gateway, which streams the bytes to media-api; the file is read
    /// back through the gateway, and the request's trace runs from the gateway through media-api to the event it published
    /// on RabbitMQ (the outbox restores the request's trace context when it publishes).
    /// </summary>
    [Fact]
    public async Task An_upload_through_the_gateway_is_read_back_and_traced_from_the_gateway_through_media_to_rabbitmq()
    {
        var token = await RegisterAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 2, 0, 0, 0, 3, 8, 6, 0, 0, 0, .. new byte[995]];
        var created = await SendAsync(HttpMethod.Post, "/api/uploads", token,
            JsonContent.Create(new { fileName = "e2e.png", contentType = "image/png", size = png.Length, purpose = "company-asset" }));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = ticket.GetProperty("url").GetString()!;
        url.Should().StartWith($"{system.Gateway.ToString().TrimEnd('/')}/storage/", "the filesystem backend's URLs are served through the gateway");

        var put = new ByteArrayContent(png);
        put.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        (await system.Http.PutAsync(url, put)).StatusCode.Should().Be(HttpStatusCode.OK);
        var traceId = ActivityTraceId.CreateRandom();
        var completed = await SendAsync(HttpMethod.Post, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete", token,
            JsonContent.Create(new { }), $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        completed.StatusCode.Should().Be(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        var file = await completed.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("width").GetInt32().Should().Be(2);

        var content = await SendAsync(HttpMethod.Get, $"/api/files/{file.GetProperty("id").GetGuid()}/content", token);
        content.StatusCode.Should().Be(HttpStatusCode.OK);
        (await content.Content.ReadAsByteArrayAsync()).Should().Equal(png);

        var traceBytes = new byte[16];
        traceId.CopyTo(traceBytes);
        await Eventually.True(() =>
                system.Telemetry.TraceExports(ResourceNames.Gateway, traceBytes).Any()
                && system.Telemetry.TraceExports(ResourceNames.MediaApi, traceBytes).Any(e => Contains(e, "ImageStored") && Contains(e, "rabbitmq")),
            "the gateway and media-api exported spans of the request's trace, media-api's including the ImageStored publish to RabbitMQ",
            TimeSpan.FromMinutes(1));
    }

    private async Task<string> RegisterAsync()
    {
        var registered = await system.Http.PostAsJsonAsync(new Uri(system.Gateway, "/api/auth/register"),
            new { email = $"e2e-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "End To End" });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, HttpContent? body = null, string? traceParent = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(system.Gateway, path)) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }
        return await system.Http.SendAsync(request);
    }

    private static bool Contains(byte[] export, string text) => export.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
