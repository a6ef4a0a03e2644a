using System.Security.Cryptography;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// A user uploads a video (purpose <c>video-upload</c>) to media-api: generation-api transcodes it to an HLS ladder with a
/// thumbnail, media makes it available with its size and length, and it plays through the signed master playlist (read
/// by ffprobe over HTTP, as a player would). A file that only looks like a video fails, quickly, with the reason.
/// </summary>
public sealed class UploadProcessingTests(GenerationFixture system) : IClassFixture<GenerationFixture>
{
    [Fact]
    public async Task An_uploaded_video_is_transcoded_to_hls_and_plays_through_its_signed_master_playlist()
    {
        var account = await system.SignUpAsync();
        await using var ready = await RabbitMqProbe.BindAsync<VideoReady>(system.EventBus);
        var upload = await MediaUploads.UploadAsync(system, account, MediaUploads.Video(1280, 720, 3), "holiday.mp4", "video/mp4", "video-upload");
        var fileId = upload.GetProperty("id").GetGuid();
        upload.GetProperty("status").GetString().Should().Be("processing");

        var file = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() != "processing",
            "the upload was processed", TimeSpan.FromMinutes(3));

        file.GetProperty("status").GetString().Should().Be("available", file.ToString());
        (file.GetProperty("width").GetInt32(), file.GetProperty("height").GetInt32()).Should().Be((1280, 720));
        file.GetProperty("durationSeconds").GetDouble().Should().BeApproximately(3, 0.1);
        var hls = file.GetProperty("playback").GetProperty("hls").GetString()!;
        var probed = JsonDocument.Parse(MediaTools.Run("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", hls)).RootElement;
        var pictures = probed.GetProperty("streams").EnumerateArray().Where(s => s.GetProperty("codec_type").GetString() == "video").ToList();
        pictures.Select(s => s.GetProperty("height").GetInt32()).Should().BeEquivalentTo([720, 360], "the ladder has a 720p and a 360p variant");
        pictures.Should().OnlyContain(s => s.GetProperty("codec_name").GetString() == "h264");
        probed.GetProperty("streams").EnumerateArray().Should().Contain(s => s.GetProperty("codec_type").GetString() == "audio");
        double.Parse(probed.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeApproximately(3, 0.3);
        using (var thumbnail = await system.Http.GetAsync(file.GetProperty("playback").GetProperty("thumbnail").GetString()))
        {
            (await thumbnail.Content.ReadAsByteArrayAsync()).Take(3).Should().Equal(0xFF, 0xD8, 0xFF);
        }
        var job = (await system.JobsAsync(fileId)).Single();
        (job.Kind, job.Status, job.Attempts).Should().Be((JobKinds.Transcode, JobStatus.Succeeded, 1));
        var announced = (await ready.DrainMessagesAsync()).Where(m => m.GetProperty("fileId").GetGuid() == fileId).Should().ContainSingle().Subject;
        announced.GetProperty("kind").GetString().Should().Be("upload");
        announced.GetProperty("playback").GetProperty("hlsPlaylistKey").GetString().Should()
            .Be($"companies/{account.CompanyId:D}/videos/{fileId:D}/hls/master.m3u8");
    }

    [Fact]
    public async Task An_uploaded_file_that_is_not_a_readable_video_fails_quickly_with_the_reason()
    {
        var account = await system.SignUpAsync();
        await using var failures = await RabbitMqProbe.BindAsync<GenerationFailed>(system.EventBus);
        var header = new byte[] { 0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0 };
        var garbage = header.Concat(RandomNumberGenerator.GetBytes(200_000)).ToArray();
        var upload = await MediaUploads.UploadAsync(system, account, garbage, "broken.mp4", "video/mp4", "video-upload");
        var fileId = upload.GetProperty("id").GetGuid();

        var file = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() != "processing",
            "the upload was processed", TimeSpan.FromSeconds(60));

        file.GetProperty("status").GetString().Should().Be("failed");
        file.GetProperty("failureReason").GetString().Should().Contain("not readable media");
        var job = (await system.JobsAsync(fileId)).Single();
        (job.Status, job.Attempts, job.ErrorCode).Should().Be((JobStatus.Failed, 1, "unreadable_input"), "an unreadable file fails for good at the probe, not as a retryable timeout");
        var failed = (await failures.DrainMessagesAsync()).Single(m => m.GetProperty("requestId").GetGuid() == fileId);
        (failed.GetProperty("stage").GetString(), failed.GetProperty("retryable").GetBoolean()).Should().Be(("transcode", false));
    }

    private async Task<JsonElement> FileAsync(Account account, Guid fileId)
    {
        var response = await system.MediaAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
