using AiVideo.Contracts;
using MassTransit;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// A video upload as media sees its processing: it is <c>processing</c> (its bytes readable) until generation-api has
/// stored its HLS renditions through the internal route and reported <c>VideoReady</c> of kind <c>upload</c>; then it is
/// available with its frame size and length and plays through a signed master playlist whose variants and segments are
/// signed too (read here by ffprobe, as a player would). A <c>GenerationFailed</c> of its transcode fails it with the
/// reason and removes what was stored for it.
/// </summary>
public abstract class VideoProcessingTests(MediaFixture media) : IDisposable
{
    private readonly Uploader _uploader = new(media);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("media-video-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_video_upload_is_processing_until_its_renditions_are_reported_and_then_plays_through_its_signed_hls_playlist()
    {
        var account = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        await using var stored = await RabbitMqProbe.BindAsync<VideoStored>(media.Media.EventBusConnectionString);
        var (file, original) = await UploadVideoAsync(account);
        var fileId = file.GetProperty("id").GetGuid();
        file.GetProperty("status").GetString().Should().Be("processing");
        await Eventually.True(async () => await stored.CountAsync() >= 1, "VideoStored went out for generation-api");
        (await stored.DrainMessagesAsync()).Single().GetProperty("purpose").GetString().Should().Be("video-upload");
        var meanwhile = await media.SendAsync(HttpMethod.Get, $"/internal/files/{fileId}/content?companyId={account.CompanyId}", service);
        await Uploader.Expect(meanwhile, HttpStatusCode.OK);
        (await meanwhile.Content.ReadAsByteArrayAsync()).Should().Equal(await File.ReadAllBytesAsync(original), "generation reads the original while it processes it");

        var ladder = await Ffmpeg.LadderAsync(original, Path.Combine(_folder.FullName, "out"));
        var renditionBytes = await StoreRenditionsAsync(account, fileId, service, ladder);
        var prefix = $"companies/{account.CompanyId:D}/videos/{fileId:D}/";
        await PublishAsync(new VideoReady(fileId, account.CompanyId, null, null, VideoKinds.Upload, fileId, 3.0, new FileInfo(original).Length, 320, 180,
            new VideoPlayback(fileId, prefix + "hls/master.m3u8"), null));
        var view = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() == "available", "the file became available");

        view.GetProperty("width").GetInt32().Should().Be(320);
        view.GetProperty("height").GetInt32().Should().Be(180);
        view.GetProperty("durationSeconds").GetDouble().Should().Be(3.0);
        var playback = view.GetProperty("playback");
        var hls = playback.GetProperty("hls").GetString()!;
        hls.Should().StartWith($"{media.MediaAddress}api/files/{fileId}/hls/master.m3u8?expires=");
        var probed = JsonDocument.Parse(await Ffmpeg.RunAsync("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", hls)).RootElement;
        probed.GetProperty("format").GetProperty("duration").GetString().Should().NotBeNull();
        double.Parse(probed.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(3.0, 0.3);
        probed.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("codec_type").GetString()).Should().Contain(["video", "audio"]);
        probed.GetProperty("streams").EnumerateArray().Where(s => s.GetProperty("codec_type").GetString() == "video")
            .Select(s => s.GetProperty("height").GetInt32()).Should().BeEquivalentTo([180, 90], "both variants are reachable through the master playlist");
        var master = await media.Http.GetStringAsync(hls);
        master.Should().Contain("180p/index.m3u8?expires=").And.NotContain(".ts");
        var variant = await media.Http.GetStringAsync(new Uri(new Uri(hls), master.Split('\n').First(l => l.StartsWith("180p/", StringComparison.Ordinal))));
        variant.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Should().NotBeEmpty()
            .And.OnlyContain(l => l.StartsWith("http", StringComparison.Ordinal), "segments are presigned storage URLs");
        using (var thumbnail = await media.Http.GetAsync(playback.GetProperty("thumbnail").GetString()))
        {
            thumbnail.StatusCode.Should().Be(HttpStatusCode.OK);
            (await thumbnail.Content.ReadAsByteArrayAsync()).Take(3).Should().Equal(0xFF, 0xD8, 0xFF);
        }
        playback.GetProperty("mp4").GetString().Should().NotBeNull();
        var usage = await media.UsageAsync(account);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(new FileInfo(original).Length + renditionBytes, "the renditions count against the company");
        usage.GetProperty("fileCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Playlist_links_that_are_tampered_with_expired_or_for_another_file_are_refused()
    {
        var account = await media.SignUpAsync();
        var fileId = await ProcessedVideoAsync(account);
        var hls = (await FileAsync(account, fileId)).GetProperty("playback").GetProperty("hls").GetString()!;
        var other = await ProcessedVideoAsync(account);

        var tampered = await media.Http.GetAsync(hls.Replace("signature=", "signature=x", StringComparison.Ordinal));
        var unsigned = await media.Http.GetAsync(hls.Split('?')[0]);
        var elsewhere = await media.Http.GetAsync(hls.Replace(fileId.ToString(), other.ToString(), StringComparison.Ordinal));
        var escaping = await media.Http.GetAsync(hls.Replace("master.m3u8", "..%2F..%2Foriginal.mp4", StringComparison.Ordinal));
        media.Clock.Advance(TimeSpan.FromHours(7));
        var expired = await media.Http.GetAsync(hls);
        media.Clock.Advance(TimeSpan.FromHours(-7));

        await Uploader.ExpectProblem(tampered, HttpStatusCode.Forbidden);
        await Uploader.ExpectProblem(unsigned, HttpStatusCode.Forbidden);
        await Uploader.ExpectProblem(elsewhere, HttpStatusCode.Forbidden);
        escaping.IsSuccessStatusCode.Should().BeFalse("only playlists inside the ladder are served");
        (await Uploader.ExpectProblem(expired, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("expired");
        (await media.Http.GetAsync(hls)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_video_generation_could_not_process_fails_with_the_reason_and_loses_its_partial_renditions_but_not_its_original()
    {
        var account = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        var (file, _) = await UploadVideoAsync(account);
        var fileId = file.GetProperty("id").GetGuid();
        var partial = Path.Combine(_folder.FullName, "segment_000.ts");
        await File.WriteAllBytesAsync(partial, new byte[188 * 10]);
        await Uploader.Expect(await PutRenditionAsync(account, fileId, service, "hls/720p/segment_000.ts", partial), HttpStatusCode.OK);

        await PublishAsync(new GenerationFailed(fileId, account.CompanyId, null, null, GenerationStages.Transcode, "unreadable_input",
            "The file is not readable media: moov atom not found", Retryable: false));
        var view = await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() == "failed", "the file failed");

        view.GetProperty("failureReason").GetString().Should().Be("The file is not readable media: moov atom not found");
        view.GetProperty("playback").ValueKind.Should().Be(JsonValueKind.Null);
        (await media.StoredObjectsAsync(account.CompanyId)).Select(o => o.Key).Should().ContainSingle().Which.Should().EndWith("/original.mp4");
        var late = await PutRenditionAsync(account, fileId, service, "hls/720p/segment_001.ts", partial);
        await Uploader.ExpectProblem(late, HttpStatusCode.Conflict, "file_not_processing");
    }

    [Fact]
    public async Task Renditions_go_only_beside_a_video_upload_being_processed_and_only_to_paths_of_a_ladder()
    {
        var account = await media.SignUpAsync();
        var stranger = await media.SignUpAsync();
        var service = await media.ServiceTokenAsync();
        var (file, _) = await UploadVideoAsync(account);
        var fileId = file.GetProperty("id").GetGuid();
        var image = await _uploader.UploadAsync(account, TestContent.Png(4, 4), "image/png", "company-asset");
        var bytes = Path.Combine(_folder.FullName, "bytes.ts");
        await File.WriteAllBytesAsync(bytes, new byte[1024]);

        foreach (var path in new[] { "original.mp4", "hls/../original.mp4", "hls/a/b/c.ts", "hls/index.exe", "other/master.m3u8", "hls/%2E%2E/x.ts" })
        {
            var refused = await PutRenditionAsync(account, fileId, service, path, bytes);
            refused.IsSuccessStatusCode.Should().BeFalse($"'{path}' is not a rendition path");
        }
        await Uploader.ExpectProblem(await PutRenditionAsync(account, image.GetProperty("id").GetGuid(), service, "hls/master.m3u8", bytes),
            HttpStatusCode.Conflict, "not_a_video_upload");
        await Uploader.ExpectProblem(await PutRenditionAsync(stranger, fileId, service, "hls/master.m3u8", bytes), HttpStatusCode.NotFound);
        (await PutRenditionAsync(account, fileId, account.Token, "hls/master.m3u8", bytes)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "user tokens are refused");
        (await media.StoredObjectsAsync(account.CompanyId)).Should().HaveCount(2, "the original and the image, nothing else");
    }

    [Fact]
    public async Task Deleting_a_processed_video_removes_its_renditions_and_gives_their_bytes_back()
    {
        var account = await media.SignUpAsync();
        var fileId = await ProcessedVideoAsync(account);
        (await media.StoredObjectsAsync(account.CompanyId)).Count.Should().BeGreaterThan(4);

        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/files/{fileId}", account.Token), HttpStatusCode.NoContent);

        (await media.StoredObjectsAsync(account.CompanyId)).Should().BeEmpty();
        var usage = await media.UsageAsync(account);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(0);
        usage.GetProperty("fileCount").GetInt32().Should().Be(0);
    }

    private async Task<(JsonElement File, string Original)> UploadVideoAsync(Account account)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N"))).FullName;
        var original = await Ffmpeg.TestVideoAsync(folder);
        var bytes = await File.ReadAllBytesAsync(original);
        var ticket = await _uploader.CreateAsync(account, "holiday.mp4", "video/mp4", bytes.Length, "video-upload");
        var put = Uploader.PutRequest(ticket, new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("video/mp4") } });
        await Uploader.Expect(await media.Http.SendAsync(put), HttpStatusCode.OK);
        var completed = await _uploader.CompleteAsync(account, ticket, null);
        await Uploader.Expect(completed, HttpStatusCode.OK);
        return (await completed.Content.ReadFromJsonAsync<JsonElement>(), original);
    }

    private async Task<Guid> ProcessedVideoAsync(Account account)
    {
        var service = await media.ServiceTokenAsync();
        var (file, original) = await UploadVideoAsync(account);
        var fileId = file.GetProperty("id").GetGuid();
        var ladder = await Ffmpeg.LadderAsync(original, Path.Combine(Path.GetDirectoryName(original)!, "out"));
        await StoreRenditionsAsync(account, fileId, service, ladder);
        await PublishAsync(new VideoReady(fileId, account.CompanyId, null, null, VideoKinds.Upload, fileId, 3.0, new FileInfo(original).Length, 320, 180,
            new VideoPlayback(fileId, $"companies/{account.CompanyId:D}/videos/{fileId:D}/hls/master.m3u8"), null));
        await Eventually.Until(() => FileAsync(account, fileId), f => f.GetProperty("status").GetString() == "available", "the file became available");
        return fileId;
    }

    private async Task<long> StoreRenditionsAsync(Account account, Guid fileId, string service, string ladder)
    {
        long bytes = 0;
        foreach (var path in Directory.EnumerateFiles(ladder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(ladder, path).Replace('\\', '/');
            await Uploader.Expect(await PutRenditionAsync(account, fileId, service, relative, path), HttpStatusCode.OK);
            bytes += new FileInfo(path).Length;
        }
        return bytes;
    }

    private async Task<HttpResponseMessage> PutRenditionAsync(Account account, Guid fileId, string token, string path, string localFile)
    {
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(localFile));
        return await media.SendAsync(HttpMethod.Put, $"/internal/files/{fileId}/renditions/{path}?companyId={account.CompanyId}", token,
            configure: r => r.Content = content);
    }

    private async Task<JsonElement> FileAsync(Account account, Guid fileId)
    {
        var response = await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token);
        await Uploader.Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task PublishAsync<T>(T message) where T : class => media.Media.Services.GetRequiredService<IBus>().Publish(message);
}

public sealed class FileSystemVideoProcessingTests(FileSystemMediaFixture media) : VideoProcessingTests(media), IClassFixture<FileSystemMediaFixture>;

public sealed class S3VideoProcessingTests(S3MediaFixture media) : VideoProcessingTests(media), IClassFixture<S3MediaFixture>;
