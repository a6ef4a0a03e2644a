using AiVideo.MediaStorage.Api;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>
/// identity-api on a real loopback port, and media-api (another service) validating its tokens by authority alone:
/// discovery and keys fetched over HTTP, as across processes in production.
/// </summary>
public sealed class CrossServiceFixture : IAsyncLifetime
{
    public ServiceApp<IdentityApi> Identity { get; private set; } = null!;

    public ServiceApp<MediaStorageApi> Media { get; private set; } = null!;

    public IdentityClient IdentityClient { get; private set; } = null!;

    public HttpClient MediaClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, IdentitySettings.Create(), new ServiceAppOptions(ListenOnLoopback: true));
        IdentityClient = new IdentityClient(new HttpClient { BaseAddress = Identity.Address });
        Media = await ServiceApp<MediaStorageApi>.CreateAsync(ResourceNames.MediaDatabase, new Dictionary<string, string?>
        {
            ["Identity:Url"] = Identity.Address!.ToString().TrimEnd('/'),
            ["Identity:KeysMinimumRefreshInterval"] = "00:00:01",
            ["ServiceAuth:ClientId"] = "media-api",
            ["ServiceAuth:ClientSecret"] = IdentitySettings.MediaSecret,
            ["Storage:Provider"] = "filesystem",
            ["Storage:RootPath"] = Directory.CreateTempSubdirectory("media-store-").FullName,
            ["Storage:PublicBaseUrl"] = "http://127.0.0.1:1",
            ["Storage:SigningKey"] = new string('k', 32),
        });
        MediaClient = Media.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Media.DisposeAsync();
        await Identity.DisposeAsync();
    }

    public Task<HttpResponseMessage> GetUsageAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/usage");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return MediaClient.SendAsync(request);
    }
}
