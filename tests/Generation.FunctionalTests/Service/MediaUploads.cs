namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>Files a user stores in media-api for generation to use (a reference picture, music), sent as a client would.</summary>
public static class MediaUploads
{
    public static async Task<Guid> StoreAsync(GenerationFixture system, Account account, byte[] content, string fileName, string contentType, string purpose)
    {
        var response = await system.MediaAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName, contentType, purpose, data = Convert.ToBase64String(content) });
        (await response.Content.ReadAsStringAsync()).Should().NotBeEmpty();
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A tone of <paramref name="seconds"/> as a WAV file (for music).</summary>
    public static byte[] Tone(double seconds, int frequency = 330) => MediaTools.RunBytes("ffmpeg", "-v", "error", "-f", "lavfi",
        "-i", $"sine=frequency={frequency}:sample_rate=48000:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "-ac", "2", "-f", "wav", "-");

    /// <summary>A test picture as a PNG.</summary>
    public static byte[] Picture(int width, int height) => MediaTools.RunBytes("ffmpeg", "-v", "error", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}",
        "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-");

    /// <summary>Uploads a file as a client does (ask for an upload, PUT the bytes to the presigned URL, complete) and returns the file.</summary>
    public static async Task<JsonElement> UploadAsync(GenerationFixture system, Account account, byte[] content, string fileName, string contentType, string purpose)
    {
        var created = await system.MediaAsync(HttpMethod.Post, "/api/uploads", account.Token, new { fileName, contentType, size = content.Length, purpose });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var put = new HttpRequestMessage(HttpMethod.Put, ticket.GetProperty("url").GetString())
        {
            Content = new ByteArrayContent(content) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType) } },
        };
        foreach (var header in ticket.GetProperty("headers").EnumerateObject().Where(h => h.Name != "Content-Type"))
        {
            put.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        }
        (await system.Http.SendAsync(put)).EnsureSuccessStatusCode();
        var completed = await system.MediaAsync(HttpMethod.Post, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete", account.Token, new { });
        completed.StatusCode.Should().Be(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        return await completed.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A test-pattern video with a tone, H.264/AAC in MP4.</summary>
    public static byte[] Video(int width, int height, double seconds) => MediaTools.RunBytes("ffmpeg", "-v", "error",
        "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=30:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "frag_keyframe+empty_moov", "-f", "mp4", "-");
}
