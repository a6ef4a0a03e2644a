using AiVideo.MediaStorage.Api;

namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>media-api beside projects-api: real files of a company (tiny but real PNG, MP3, MP4 and font bytes) and uploads left open.</summary>
public sealed class Media(ServiceApp<MediaStorageApi> app, GenerationHarness harness, Uri identity)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>An MP3 as media recognises it (an ID3 header, then a frame header).</summary>
    public static readonly byte[] Mp3 = [.. "ID3"u8, 3, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0];

    /// <summary>An MP4 as media recognises it (an ftyp box).</summary>
    public static readonly byte[] Mp4 = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isommp42"u8, 0, 0, 0, 8, .. "free"u8];

    /// <summary>A TrueType font header.</summary>
    public static readonly byte[] Ttf = [0, 1, 0, 0, 0, 4, 0, 0x80, 0, 3, 0, 0x20, .. "glyf"u8];

    public Uri Address => app.Address!;

    public Task<Guid> ImageAsync(Account account, string purpose = "company-asset") => UploadAsync(account, "picture.png", "image/png", Png, purpose);

    public Task<Guid> AudioAsync(Account account) => UploadAsync(account, "music.mp3", "audio/mpeg", Mp3, "audio");

    public Task<Guid> VideoAsync(Account account) => UploadAsync(account, "clip.mp4", "video/mp4", Mp4, "video-upload");

    /// <summary>
    /// A video upload made playable the way generation-api makes it: its HLS playlist stored through media's internal
    /// rendition route with generation's service token, <c>VideoReady</c> of kind <c>upload</c> published on the bus, and
    /// media reporting the file <c>available</c>. (An upload alone stays <c>processing</c> until then.)
    /// </summary>
    public async Task<Guid> PlayableVideoAsync(Account account)
    {
        var fileId = await VideoAsync(account);
        var token = await ServiceTokenAsync();
        var playlist = new HttpRequestMessage(HttpMethod.Put, new Uri(Address, $"/internal/files/{fileId}/renditions/hls/master.m3u8?companyId={account.CompanyId}"))
        {
            Content = new StringContent("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\n360p/index.m3u8\n", System.Text.Encoding.UTF8, "application/vnd.apple.mpegurl"),
        };
        playlist.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var key = (await ProjectsClient.ExpectAsync(await Http.SendAsync(playlist), HttpStatusCode.OK)).GetProperty("key").GetString();
        await harness.PublishAsync(new VideoReady(Guid.NewGuid(), account.CompanyId, null, null, VideoKinds.Upload, fileId, 4, Mp4.Length, 640, 360,
            new VideoPlayback(fileId, key), ThumbnailFileId: null));
        await Eventually.True(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Address, $"/api/files/{fileId}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
            using var response = await Http.SendAsync(request);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "available";
        }, "media made the processed upload available", TimeSpan.FromMinutes(1));
        return fileId;
    }

    public Task<Guid> FontAsync(Account account) => UploadAsync(account, "brand.ttf", "font/ttf", Ttf, "company-asset");

    /// <summary>A scene's image uploaded by a user: media announces it (ImageStored without a request id) with the project and scene.</summary>
    public Task<Guid> SceneImageAsync(Account account, Guid projectId, Guid sceneId) =>
        UploadAsync(account, "scene.png", "image/png", Png, "scene-image", new { projectId, sceneId });

    /// <summary>A video upload begun but not completed: media has the file, still <c>uploading</c>.</summary>
    public async Task<Guid> OpenVideoUploadAsync(Account account)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/uploads", account,
            new { fileName = "big.mp4", contentType = "video/mp4", size = 10_000_000, purpose = "video-upload" });
        var body = await ProjectsClient.ExpectAsync(response, HttpStatusCode.Created);
        return body.GetProperty("fileId").GetGuid();
    }

    private async Task<Guid> UploadAsync(Account account, string fileName, string contentType, byte[] bytes, string purpose, object? target = null)
    {
        var fields = new Dictionary<string, object?>
        {
            ["fileName"] = fileName, ["contentType"] = contentType, ["purpose"] = purpose, ["data"] = Convert.ToBase64String(bytes),
        };
        if (target is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(target, JsonSerializerOptions.Web).EnumerateObject())
            {
                fields[property.Name] = property.Value.GetString();
            }
        }
        var body = await ProjectsClient.ExpectAsync(await SendAsync(HttpMethod.Post, "/api/files", account, fields), HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    private async Task<string> ServiceTokenAsync()
    {
        using var response = await Http.PostAsync(new Uri(identity, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = ResourceNames.GenerationApi, ["client_secret"] = IdentitySettings.GenerationSecret,
        }));
        return (await ProjectsClient.ExpectAsync(response, HttpStatusCode.OK)).GetProperty("access_token").GetString()!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Account account, object body)
    {
        var request = new HttpRequestMessage(method, new Uri(Address, path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        return Http.SendAsync(request);
    }
}
