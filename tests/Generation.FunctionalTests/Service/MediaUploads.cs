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
}
