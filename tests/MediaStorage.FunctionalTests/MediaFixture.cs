using AiVideo.Identity.Api;
using AiVideo.MediaStorage.Api;
using AiVideo.MediaStorage.Infrastructure.Persistence;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>A signed-up user of a company, as media-api sees them through their token.</summary>
public sealed record Account(string Token, Guid UserId, Guid CompanyId);

/// <summary>
/// identity-api and media-api on real loopback ports (media validating identity's tokens by authority and serving the
/// filesystem backend's signed URLs), against real PostgreSQL and RabbitMQ, with one of the two storage backends.
/// </summary>
public abstract class MediaFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new();

    /// <summary>Every message media-api's consumers finished with (handled, or skipped as already handled).</summary>
    public DeliveryCounter Deliveries { get; } = new();

    public ServiceApp<IdentityApi> Identity { get; private set; } = null!;

    public ServiceApp<MediaStorageApi> Media { get; private set; } = null!;

    /// <summary>Holds a write to storage when a test arms it.</summary>
    public StorageWriteGate StorageWrites { get; } = new();

    /// <summary>A plain client, as a browser or curl would be: for presigned URLs and (with a token) the API.</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };

    public Uri MediaAddress => Media.Address!;

    public IObjectStorage Storage => Media.Services.GetRequiredService<IObjectStorage>();

    protected abstract Task<Dictionary<string, string?>> StorageSettingsAsync(Uri mediaAddress);

    /// <summary>Settings a fixture adds (quotas, sweep interval).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Settings a fixture gives identity-api (its plans).</summary>
    protected virtual IReadOnlyDictionary<string, string?> IdentityExtraSettings { get; } = new Dictionary<string, string?>();

    /// <summary>Whether identity-api and media-api share one RabbitMQ virtual host, so media-api hears identity's events.</summary>
    protected virtual bool SharedEventBus => false;

    public async Task InitializeAsync()
    {
        var identitySettings = IdentitySettings.Create();
        foreach (var (key, value) in IdentityExtraSettings)
        {
            identitySettings[key] = value;
        }
        var eventBus = SharedEventBus ? await (await TestServers.GetAsync()).CreateVirtualHostAsync("identity-media") : null;
        if (eventBus is not null)
        {
            identitySettings["ConnectionStrings:eventbus"] = eventBus;
        }
        Identity = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, identitySettings, new ServiceAppOptions(ListenOnLoopback: true));
        var port = LocalPorts.GetFree();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var settings = await StorageSettingsAsync(address);
        settings["Identity:Url"] = Identity.Address!.ToString().TrimEnd('/');
        settings["ServiceAuth:ClientId"] = "media-api";
        settings["ServiceAuth:ClientSecret"] = IdentitySettings.MediaSecret;
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        if (eventBus is not null)
        {
            settings["ConnectionStrings:eventbus"] = eventBus;
        }
        Media = await ServiceApp<MediaStorageApi>.CreateAsync(ResourceNames.MediaDatabase, settings,
            new ServiceAppOptions(ListenOnLoopback: true, ConfigureServices: services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<MassTransit.IConsumeObserver>(Deliveries);
                GatedObjectStorage.Decorate(services, StorageWrites);
            }, Port: port));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Media.DisposeAsync();
        await Identity.DisposeAsync();
    }

    public async Task<Account> SignUpAsync(string? email = null)
    {
        var response = await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/auth/register"),
            new { email = email ?? $"media-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Media Tester" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var user = body.GetProperty("user");
        return new Account(body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid());
    }

    /// <summary>Another company the user founds through identity-api, and the user signed in to it.</summary>
    public async Task<Account> FoundCompanyAsync(Account founder, string email)
    {
        var create = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, "/api/companies")) { Content = JsonContent.Create(new { name = "Second company" }) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", founder.Token);
        var created = await Http.SendAsync(create);
        await Uploader.Expect(created, HttpStatusCode.Created);
        var companyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var login = await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/auth/login"), new { email, password = "Correct-Horse-42", companyId });
        await Uploader.Expect(login, HttpStatusCode.OK);
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        return new Account(body.GetProperty("accessToken").GetString()!, founder.UserId, companyId);
    }

    /// <summary>A member of the admin's company, invited by the admin and joined through identity-api.</summary>
    public async Task<Account> InviteMemberAsync(Account admin)
    {
        var invite = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, $"/api/companies/{admin.CompanyId}/invitations"))
        {
            Content = JsonContent.Create(new { email = $"member-{Guid.NewGuid():N}@example.com", role = "MEMBER" }),
        };
        invite.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        var invitation = await Http.SendAsync(invite);
        await Uploader.Expect(invitation, HttpStatusCode.Created);
        var token = (await invitation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var accepted = await Http.PostAsJsonAsync(new Uri(Identity.Address!, "/api/invitations/accept"), new { token, name = "Member", password = "Correct-Horse-42" });
        await Uploader.Expect(accepted, HttpStatusCode.Created);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var user = body.GetProperty("user");
        return new Account(body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid());
    }

    public async Task<string> ServiceTokenAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Identity.Address!, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"generation-api:{IdentitySettings.GenerationSecret}")));
        var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, new Uri(MediaAddress, path)) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        configure?.Invoke(request);
        return Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public async Task<JsonElement> UsageAsync(Account account)
    {
        var response = await SendAsync(HttpMethod.Get, "/api/usage", account.Token);
        await Uploader.Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The company's files in the registry, whatever their status.</summary>
    public async Task<List<Domain.Files.StoredFile>> RegisteredFilesAsync(Guid companyId)
    {
        await using var db = OpenDatabase();
        return await db.Files.Where(f => f.CompanyId == companyId).ToListAsync();
    }

    /// <summary>Records an open upload writing to <paramref name="key"/>, as media-api does before it presigns URLs for it.</summary>
    public async Task RecordOpenUploadAsync(string key, string? multipartUploadId = null)
    {
        await using var db = OpenDatabase();
        var now = Clock.GetUtcNow();
        db.Uploads.Add(multipartUploadId is null
            ? Domain.Uploads.Upload.Single(Guid.NewGuid(), Guid.NewGuid(), key, now, TimeSpan.FromHours(1))
            : Domain.Uploads.Upload.Multipart(Guid.NewGuid(), Guid.NewGuid(), key, multipartUploadId, 1, 1, now, TimeSpan.FromHours(1)));
        await db.SaveChangesAsync();
    }

    public MediaContext OpenDatabase() => new(new DbContextOptionsBuilder<MediaContext>().UseNpgsql(Media.DatabaseConnectionString).Options);

    /// <summary>Everything storage holds under the company's prefix.</summary>
    public async Task<List<ObjectInfo>> StoredObjectsAsync(Guid companyId)
    {
        var objects = new List<ObjectInfo>();
        await foreach (var item in Storage.ListAsync($"companies/{companyId:D}/", CancellationToken.None))
        {
            objects.Add(item);
        }
        return objects;
    }
}

/// <summary>media-api with the embedded filesystem backend (the default of local runs).</summary>
public class FileSystemMediaFixture : MediaFixture
{
    protected override Task<Dictionary<string, string?>> StorageSettingsAsync(Uri mediaAddress) =>
        Task.FromResult(MediaSettings.FileSystem(mediaAddress.ToString().TrimEnd('/')));
}

/// <summary>media-api with the S3 backend against s3rver, in a bucket of its own.</summary>
public class S3MediaFixture : MediaFixture
{
    protected override async Task<Dictionary<string, string?>> StorageSettingsAsync(Uri mediaAddress) =>
        MediaSettings.S3((await TestServers.GetAsync()).S3, $"media-{Guid.NewGuid():N}"[..24]);
}

public sealed class FileSystemLimitsFixture : FileSystemMediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.Limits;
}

public sealed class S3LimitsFixture : S3MediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.Limits;
}

public sealed class FileSystemFrequentSweepsFixture : FileSystemMediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.FrequentSweeps;
}

public sealed class S3FrequentSweepsFixture : S3MediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.FrequentSweeps;
}

/// <summary>identity-api's plan with 1 MB of storage per founder, so a pool's shared allowance is tested with small files.</summary>
public sealed class FileSystemPlansFixture : FileSystemMediaFixture
{
    protected override bool SharedEventBus => true;

    protected override IReadOnlyDictionary<string, string?> IdentityExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Identity:Companies:Plans:free:StorageQuotaBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class FileSystemDeletedProjectsFixture : FileSystemMediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.FrequentRetentionSweeps;
}

public sealed class S3DeletedProjectsFixture : S3MediaFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.FrequentRetentionSweeps;
}
