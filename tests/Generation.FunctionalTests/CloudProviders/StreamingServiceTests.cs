using AiVideo.Generation.FunctionalTests.Service;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// An uploaded video processed through generation-api on Mux (the transcode port's configured default): uploaded to Mux,
/// finished by Mux's signed <c>video.asset.ready</c> webhook through webhooks-api (the poll waits ten minutes), its HLS
/// copied and stored through media-api, and played from media-api's signed master playlist, never from Mux.
/// </summary>
public sealed class StreamingServiceTests(StreamingServiceFixture system) : IClassFixture<StreamingServiceFixture>
{
    [Fact]
    public async Task An_upload_transcoded_by_Mux_is_finished_by_its_webhook_and_plays_from_media()
    {
        const string uploadId = "upload_service_1";
        const string assetId = "asset_service_1";
        const string playbackId = "playback_service_1";
        var mux = system.Mux;
        mux.Server.Given(Request.Create().WithPath("/video/v1/uploads").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
        {
            data = new { id = uploadId, url = new Uri(mux.Address, "upload-bucket/service").ToString(), status = "waiting" },
        }));
        mux.Server.Given(Request.Create().WithPath("/upload-bucket/service").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));
        mux.Server.Given(Request.Create().WithPath($"/video/v1/uploads/{uploadId}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new { id = uploadId, status = "asset_created", asset_id = assetId } }));
        mux.Server.Given(Request.Create().WithPath($"/video/v1/assets/{assetId}").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new { id = assetId, status = "preparing" } }));
        mux.Server.Given(Request.Create().WithPath($"/video/v1/assets/{assetId}").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        HlsLadderSample.Serve(mux, "ts", $"/stream/{playbackId}.m3u8", $"/cdn/{playbackId}", absolute: true);
        mux.Server.Given(Request.Create().WithPath($"/image/{playbackId}/thumbnail.jpg").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(HlsLadderSample.Thumbnail));
        var account = await system.SignUpAsync();

        var upload = await MediaUploads.UploadAsync(system, account, MediaUploads.Video(640, 360, 2), "holiday.mp4", "video/mp4", "video-upload");
        var fileId = upload.GetProperty("id").GetGuid();
        await Eventually.True(() => Task.FromResult(mux.Requests($"/video/v1/assets/{assetId}").Count > 0), "generation uploaded the video to Mux and looked at its asset",
            TimeSpan.FromMinutes(2));
        mux.Server.Given(Request.Create().WithPath($"/video/v1/assets/{assetId}").UsingGet()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            data = new { id = assetId, status = "ready", duration = 2.0, playback_ids = new[] { new { id = playbackId, policy = "public" } } },
        }));
        var sentAt = DateTimeOffset.UtcNow;
        var webhook = $$"""{"type":"video.asset.ready","id":"{{Guid.NewGuid()}}","object":{"type":"asset","id":"{{assetId}}"},"data":{"id":"{{assetId}}","status":"ready","playback_ids":[{"id":"{{playbackId}}","policy":"public"}]},"created_at":"{{sentAt:O}}"}""";
        (await system.SendMuxWebhookAsync(webhook)).StatusCode.Should().Be(HttpStatusCode.OK);

        var file = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() != "processing",
            "the upload was processed", TimeSpan.FromMinutes(2));
        file.GetProperty("status").GetString().Should().Be("available", file.ToString());
        (DateTimeOffset.UtcNow - sentAt).Should().BeLessThan(StreamingServiceFixture.MuxPollInterval, "the webhook woke the poll, which waits ten minutes");
        (file.GetProperty("width").GetInt32(), file.GetProperty("height").GetInt32()).Should().Be((640, 360));
        var hls = file.GetProperty("playback").GetProperty("hls").GetString()!;
        new Uri(hls).Authority.Should().Be(system.Media.Address!.Authority, "the HLS is media-api's copy, not Mux's");
        var probed = JsonDocument.Parse(MediaTools.Run("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", hls)).RootElement;
        probed.GetProperty("streams").EnumerateArray().Where(s => s.GetProperty("codec_type").GetString() == "video")
            .Select(s => s.GetProperty("height").GetInt32()).Should().BeEquivalentTo([360, 180], "Mux's ladder plays from media-api");
        var masterText = await system.Http.GetStringAsync(hls);
        masterText.Should().NotContain(mux.Address.Authority);
        using (var thumbnail = await system.Http.GetAsync(file.GetProperty("playback").GetProperty("thumbnail").GetString()))
        {
            (await thumbnail.Content.ReadAsByteArrayAsync()).Should().Equal(HlsLadderSample.Thumbnail);
        }
        var job = (await system.JobsAsync(fileId)).Single();
        (job.Kind, job.Provider, job.Status).Should().Be((JobKinds.Transcode, "mux", JobStatus.Succeeded));
        mux.Requests("/upload-bucket/service").Should().ContainSingle().Which.RequestMessage.BodyAsBytes!.Length.Should().BeGreaterThan(1000);
        var usage = await (await system.GenerationAsync(HttpMethod.Get, "/api/usage/generation", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var line = usage.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        (line.GetProperty("provider").GetString(), line.GetProperty("unit").GetString(), line.GetProperty("units").GetDecimal(), line.GetProperty("cost").GetDecimal())
            .Should().Be(("mux", "video_seconds", 2.0m, 0.004m), "the seconds Mux transcoded are the company's usage");
    }

    [Fact]
    public async Task A_company_on_Cloudflare_Stream_has_its_upload_finished_by_Streams_webhook_and_played_from_media()
    {
        const string uid = "6b9e68b07dfee8cc2d116e4c51d6a957";
        var cloudflare = system.Cloudflare;
        var videoPath = $"/client/v4/accounts/{StreamingServiceFixture.CloudflareAccount}/stream/{uid}";
        cloudflare.Server.Given(Request.Create().WithPath($"/client/v4/accounts/{StreamingServiceFixture.CloudflareAccount}/stream/direct_upload").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                result = new { uploadURL = new Uri(cloudflare.Address, $"upload/{uid}").ToString(), uid }, success = true, errors = Array.Empty<object>(),
            }));
        cloudflare.Server.Given(Request.Create().WithPath($"/upload/{uid}").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        cloudflare.Server.Given(Request.Create().WithPath(videoPath).UsingGet()).AtPriority(10).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            result = new { uid, readyToStream = false, status = new { state = "inprogress", pctComplete = "20.0" } }, success = true,
        }));
        cloudflare.Server.Given(Request.Create().WithPath(videoPath).UsingDelete()).RespondWith(Response.Create().WithStatusCode(200));
        HlsLadderSample.Serve(cloudflare, "fmp4", $"/customer/{uid}/manifest/video.m3u8", $"/customer/{uid}/manifest", absolute: false);
        cloudflare.Server.Given(Request.Create().WithPath($"/customer/{uid}/thumbnails/thumbnail.jpg").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(HlsLadderSample.Thumbnail));
        var account = await system.SignUpAsync();
        var providers = await (await system.GenerationAsync(HttpMethod.Get, "/api/providers", account.Token)).Content.ReadAsStringAsync();
        providers.Should().NotContain(cloudflare.Address.Authority).And.NotContain(StreamingServiceFixture.CloudflareToken);
        var chosen = await system.GenerationAsync(HttpMethod.Put, "/api/providers/default", account.Token, new { provider = "cloudflare" });
        (await chosen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ports").GetProperty("transcode").GetString().Should().Be("cloudflare");

        var upload = await MediaUploads.UploadAsync(system, account, MediaUploads.Video(640, 360, 2), "holiday.mp4", "video/mp4", "video-upload");
        var fileId = upload.GetProperty("id").GetGuid();
        await Eventually.True(() => Task.FromResult(cloudflare.Requests(videoPath).Count > 0), "generation uploaded the video to Stream and looked at it",
            TimeSpan.FromMinutes(2));
        var ready = new
        {
            uid, readyToStream = true, status = new { state = "ready", pctComplete = "100.0", errorReasonCode = "", errorReasonText = "" }, duration = 2.0,
            thumbnail = new Uri(cloudflare.Address, $"customer/{uid}/thumbnails/thumbnail.jpg").ToString(),
            playback = new { hls = new Uri(cloudflare.Address, $"customer/{uid}/manifest/video.m3u8").ToString() },
        };
        cloudflare.Server.Given(Request.Create().WithPath(videoPath).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { result = ready, success = true }));
        var sentAt = DateTimeOffset.UtcNow;
        (await system.SendCloudflareWebhookAsync(JsonSerializer.Serialize(ready))).StatusCode.Should().Be(HttpStatusCode.OK);

        var file = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() != "processing",
            "the upload was processed", TimeSpan.FromMinutes(2));
        file.GetProperty("status").GetString().Should().Be("available", file.ToString());
        (DateTimeOffset.UtcNow - sentAt).Should().BeLessThan(StreamingServiceFixture.MuxPollInterval, "the webhook woke the poll, which waits ten minutes");
        var hls = file.GetProperty("playback").GetProperty("hls").GetString()!;
        new Uri(hls).Authority.Should().Be(system.Media.Address!.Authority, "the HLS is media-api's copy, not Stream's");
        var probed = JsonDocument.Parse(MediaTools.Run("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", hls)).RootElement;
        probed.GetProperty("streams").EnumerateArray().Where(s => s.GetProperty("codec_type").GetString() == "video")
            .Select(s => s.GetProperty("height").GetInt32()).Should().BeEquivalentTo([360, 180], "Stream's fMP4 ladder plays from media-api");
        var job = (await system.JobsAsync(fileId)).Single();
        (job.Provider, job.Status).Should().Be(("cloudflare", JobStatus.Succeeded), "the company's choice, not the port's default (mux), transcoded it");
    }

    private async Task<JsonElement> FileAsync(Account account, Guid fileId)
    {
        var response = await system.MediaAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
