using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Api;
using AiVideo.Generation.Domain.Jobs;
using AiVideo.Generation.Infrastructure.Persistence;
using AiVideo.Identity.Api;
using AiVideo.MediaStorage.Api;
using AiVideo.SharedKernel.Vocabulary;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The system around generation-api, on real loopback ports in the test process: identity-api (tokens, API keys),
/// media-api with the filesystem backend, and generation-api sharing media's RabbitMQ virtual host, all on real
/// PostgreSQL; generation's workers render with real ffmpeg and espeak-ng into a workspace root of the fixture's own.
/// Subclasses change generation's settings.
/// </summary>
public class GenerationFixture : IAsyncLifetime
{
    public ServiceApp<IdentityApi> Identity { get; private set; } = null!;

    public ServiceApp<MediaStorageApi> Media { get; private set; } = null!;

    public ServiceApp<GenerationApi> Generation { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };

    public string WorkspaceRoot { get; } = Directory.CreateTempSubdirectory("generation-workspaces-").FullName;

    public string EventBus => Media.EventBusConnectionString;

    public IReadOnlyDictionary<string, string?> GenerationSettingsUsed { get; private set; } = null!;

    /// <summary>Settings this fixture's generation-api gets beyond the common ones.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Services this fixture's generation-api gets in place of its own (a clock, a consume observer).</summary>
    protected virtual void ConfigureGeneration(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        Identity = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, IdentitySettings.Create(), new ServiceAppOptions(ListenOnLoopback: true));
        var mediaPort = LocalPorts.GetFree();
        var mediaAddress = new Uri($"http://127.0.0.1:{mediaPort}/");
        Media = await ServiceApp<MediaStorageApi>.CreateAsync(ResourceNames.MediaDatabase, Service.GenerationSettings.Media(Identity.Address!, mediaAddress),
            new ServiceAppOptions(ListenOnLoopback: true, Port: mediaPort));
        var settings = Service.GenerationSettings.Generation(Identity.Address!, mediaAddress, Media.EventBusConnectionString, WorkspaceRoot, "in-process");
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        Generation = await ServiceApp<GenerationApi>.CreateAsync(ResourceNames.GenerationDatabase, settings,
            new ServiceAppOptions(ListenOnLoopback: true, ConfigureServices: ConfigureGeneration));
        GenerationSettingsUsed = Generation.Settings;
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        await Generation.DisposeAsync();
        await Media.DisposeAsync();
        await Identity.DisposeAsync();
        Directory.Delete(WorkspaceRoot, recursive: true);
    }

    public async Task<Account> SignUpAsync()
    {
        var response = await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/auth/register"),
            new { email = $"generation-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Generation Tester" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var user = body.GetProperty("user");
        return new Account(body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid());
    }

    /// <summary>An API key of the account's company with these scopes, exchanged for a token as the gateway does it.</summary>
    public async Task<string> ApiKeyTokenAsync(Account account, params string[] scopes)
    {
        var created = await SendAsync(Identity.Address!, HttpMethod.Post, "/api/api-keys", account.Token, new { name = "Generation client", scopes });
        created.EnsureSuccessStatusCode();
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var exchange = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = secret }),
        };
        exchange.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"gateway:{IdentitySettings.GatewaySecret}")));
        var token = await Http.SendAsync(exchange);
        token.EnsureSuccessStatusCode();
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public Task<HttpResponseMessage> GenerationAsync(HttpMethod method, string path, string? token, object? body = null, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(Generation.Address!, method, path, token, body, configure);

    public Task<HttpResponseMessage> MediaAsync(HttpMethod method, string path, string? token, object? body = null) =>
        SendAsync(Media.Address!, method, path, token, body);

    public async Task<HttpResponseMessage> SendAsync(Uri service, HttpMethod method, string path, string? token, object? body = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, new Uri(service, path)) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        configure?.Invoke(request);
        return await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>Publishes an event on the bus the services share, as another service would.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        Media.Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            if (messageId is { } id)
            {
                context.MessageId = id;
            }
        });

    public GenerationContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<GenerationContext>().UseNpgsql(Generation.DatabaseConnectionString).Options);

    /// <summary>The jobs answering a request (there is never more than one).</summary>
    public async Task<List<GenerationJob>> JobsAsync(Guid requestId)
    {
        await using var db = OpenDatabase();
        return await db.Jobs.AsNoTracking().Where(j => j.RequestId == requestId).ToListAsync();
    }

    /// <summary>Waits until the request's job is in one of <paramref name="statuses"/>.</summary>
    public Task<GenerationJob> JobAsync(Guid requestId, TimeSpan timeout, params JobStatus[] statuses) =>
        Eventually.Until(async () => (await JobsAsync(requestId)).SingleOrDefault(), job => job is not null && statuses.Contains(job.Status),
            $"the job of request {requestId} is {string.Join(" or ", statuses)}", timeout)!;

    /// <summary>Whether the outbox has published everything written to it.</summary>
    public async Task<bool> OutboxDrainedAsync()
    {
        await using var db = OpenDatabase();
        return !await db.Set<AiVideo.BuildingBlocks.Outbox.OutboxMessage>().AnyAsync(m => m.PublishedAt == null);
    }

    /// <summary>The files media-api registered for the company.</summary>
    public async Task<List<JsonElement>> FilesAsync(Account account)
    {
        var response = await MediaAsync(HttpMethod.Get, "/api/files?limit=100", account.Token);
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()];
    }

    /// <summary>Downloads one of the company's files to a local path (for ffprobe).</summary>
    public async Task<string> DownloadAsync(Account account, Guid fileId, string folder, string name)
    {
        var response = await MediaAsync(HttpMethod.Get, $"/api/files/{fileId}/content", account.Token);
        response.EnsureSuccessStatusCode();
        var path = Path.Combine(folder, name);
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file);
        return path;
    }
}
