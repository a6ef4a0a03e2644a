using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using AiVideo.Generation.Infrastructure.Providers.Streaming;

namespace AiVideo.Generation.Infrastructure.Providers.CloudflareStream;

/// <summary>
/// An uploaded video transcoded by Cloudflare Stream: a direct creator upload made
/// (<c>POST accounts/{account}/stream/direct_upload</c>, its <c>maxDurationSeconds</c> the original's length rounded up),
/// the original POSTed to its <c>uploadURL</c> as a multipart form's <c>file</c> (above 200 MB, sent by tus instead, as
/// Stream requires), then the video looked at
/// (<c>GET accounts/{account}/stream/{uid}</c>) through <c>pendingupload</c>, <c>queued</c> and <c>inprogress</c> (its
/// <c>pctComplete</c> reported) until it is <c>readyToStream</c> with <c>status.state</c> <c>ready</c>, or <c>error</c>
/// (a video Stream cannot read, by its <c>errorReasonCode</c>, fails for good). The looks are woken by Stream's webhook
/// (verified by webhooks-api), polling being the fallback. Its <c>playback.hls</c> and <c>thumbnail</c> are copied into the
/// workspace and its seconds recorded; copied, failed or abandoned, the video is then deleted at Cloudflare (unless
/// <c>Parameters:KeepVideos</c> is true).
/// </summary>
internal sealed class CloudflareStreamTranscoder(ProviderClient client, ProviderMedia media, string account) : IVideoTranscoder
{
    public const string Model = "cloudflare-stream";

    /// <summary>The largest file sent in one POST; larger ones go by tus (Stream's documented limit, <c>Parameters:TusThresholdBytes</c>).</summary>
    public const long MaxBasicUploadBytes = 200L * 1024 * 1024;

    public const long DefaultTusChunkBytes = 50L * 1024 * 1024;

    private const long TusChunkUnit = 256 * 1024;
    private const string TusVersion = "1.0.0";

    /// <summary>The <c>errorReasonCode</c>s of a video Stream cannot make playable, whatever the attempt.</summary>
    private static readonly string[] UnreadableReasons = ["ERR_NON_VIDEO", "ERR_MALFORMED_VIDEO", "ERR_DURATION_EXCEED_CONSTRAINT", "ERR_DURATION_TOO_SHORT"];

    private string Videos => $"accounts/{Uri.EscapeDataString(account)}/stream";

    public async Task<TranscodedVideo> TranscodeAsync(TranscodeRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken)
    {
        var upload = new StreamingUpload(client, media);
        var source = await upload.ProbeAsync(request.SourcePath, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Probe, 2));

        var maxDurationSeconds = (int)Math.Ceiling(source.DurationSeconds) + 1;
        var uid = new FileInfo(request.SourcePath).Length > Setting("TusThresholdBytes", MaxBasicUploadBytes)
            ? await UploadResumablyAsync(request.SourcePath, maxDurationSeconds, cancellationToken)
            : await UploadDirectlyAsync(request.SourcePath, maxDurationSeconds, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Transcode, 10));

        try
        {
            var video = await client.PollAsync(uid, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"{Videos}/{Uri.EscapeDataString(uid)}");
                var found = Result(await client.SendForJsonAsync(look, token));
                var status = found.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
                var state = status.ValueKind == JsonValueKind.Object ? Text(status, "state") : null;
                if (state == "error")
                {
                    throw Failed(status);
                }
                if (state == "ready" && found.TryGetProperty("readyToStream", out var ready) && ready.ValueKind == JsonValueKind.True)
                {
                    return PollState<JsonElement>.Finished(found);
                }
                var percent = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("pctComplete", out var pct)
                    && double.TryParse(pct.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : (double?)null;
                return PollState<JsonElement>.Running(percent);
            }, new ProgressRange(progress, 10, 70), MediaStages.Transcode, cancellationToken);

            var hls = Uri.TryCreate(video.TryGetProperty("playback", out var playback) && playback.ValueKind == JsonValueKind.Object ? Text(playback, "hls") : null,
                UriKind.Absolute, out var hlsUrl) ? hlsUrl : throw Unexpected("gave the ready video no playback.hls");
            var thumbnail = Uri.TryCreate(Text(video, "thumbnail"), UriKind.Absolute, out var thumbnailUrl) ? thumbnailUrl : throw Unexpected("gave the ready video no thumbnail");
            var seconds = video.TryGetProperty("duration", out var duration) && duration.TryGetDouble(out var d) && d > 0 ? d : (double?)null;
            var result = await upload.FinishAsync(source, hls, thumbnail, seconds, Model, workspace, new ProgressRange(progress, 70, 100), cancellationToken);
            return result;
        }
        finally
        {
            // Copied, failed or abandoned: Stream's copy is not what clients play, and a retry uploads again.
            if (!string.Equals(client.Settings.Parameters.GetValueOrDefault("KeepVideos"), "true", StringComparison.OrdinalIgnoreCase))
            {
                await DeleteAsync(uid);
            }
        }
    }

    /// <summary>A direct creator upload (<c>direct_upload</c>) and the file POSTed to its <c>uploadURL</c> as a form's <c>file</c>; the video's uid.</summary>
    private async Task<string> UploadDirectlyAsync(string path, int maxDurationSeconds, CancellationToken cancellationToken)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, $"{Videos}/direct_upload") { Content = JsonContent.Create(new { maxDurationSeconds }) };
        var created = Result(await client.SendForJsonAsync(create, cancellationToken));
        var uid = Text(created, "uid") ?? throw Unexpected("gave the upload no uid");
        var uploadUrl = Uri.TryCreate(Text(created, "uploadURL"), UriKind.Absolute, out var url) ? url : throw Unexpected("gave the upload no uploadURL");
        await PostFileAsync(uploadUrl, path, cancellationToken);
        return uid;
    }

    /// <summary>
    /// A video over Stream's basic upload limit, sent by the tus protocol as Stream documents it: <c>POST accounts/{account}/stream</c>
    /// (<c>Tus-Resumable</c>, <c>Upload-Length</c>, <c>Upload-Metadata</c> with <c>maxDurationSeconds</c>), then the file
    /// PATCHed to its <c>Location</c> in chunks (<c>Parameters:TusChunkBytes</c>, a multiple of 256 KiB, 50 MiB by default),
    /// each acknowledged by the next <c>Upload-Offset</c>; the video's uid from <c>stream-media-id</c>.
    /// </summary>
    private async Task<string> UploadResumablyAsync(string path, int maxDurationSeconds, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        using var create = new HttpRequestMessage(HttpMethod.Post, Videos);
        create.Headers.Add("Tus-Resumable", TusVersion);
        create.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata",
            "maxDurationSeconds " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(maxDurationSeconds.ToString(CultureInfo.InvariantCulture))));
        Uri location;
        string uid;
        using (var created = await client.SendAsync(create, cancellationToken))
        {
            location = created.Headers.Location is { } given ? new Uri(create.RequestUri!.IsAbsoluteUri ? create.RequestUri : new Uri(client.Settings.BaseUrl!, create.RequestUri), given)
                : throw Unexpected("gave the resumable upload no Location");
            uid = (created.Headers.TryGetValues("stream-media-id", out var ids) ? ids.FirstOrDefault() : null) ?? location.Segments[^1].TrimEnd('/');
        }
        var chunkBytes = Math.Max(TusChunkUnit, Setting("TusChunkBytes", DefaultTusChunkBytes) / TusChunkUnit * TusChunkUnit);
        var buffer = new byte[(int)Math.Min(chunkBytes, length)];
        await using var file = File.OpenRead(path);
        for (long offset = 0; offset < length;)
        {
            var read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            using var patch = new HttpRequestMessage(HttpMethod.Patch, location) { Content = new ByteArrayContent(buffer, 0, read) };
            patch.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
            patch.Headers.Add("Tus-Resumable", TusVersion);
            patch.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
            if (string.Equals(location.Host, client.Settings.BaseUrl!.Host, StringComparison.OrdinalIgnoreCase))
            {
                // The upload's address is on Stream's API: it takes the same token (a Location elsewhere gets none).
                patch.Headers.Authorization = client.Http.DefaultRequestHeaders.Authorization;
            }
            using var response = await TransferAsync(patch, cancellationToken);
            var acknowledged = response.Headers.TryGetValues("Upload-Offset", out var values)
                && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var next) ? next : -1;
            if (acknowledged != offset + read)
            {
                throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} did not take the upload's chunk at {offset} whole.", retryable: true);
            }
            offset = acknowledged;
        }
        return uid;
    }

    private long Setting(string name, long fallback) =>
        long.TryParse(client.Settings.Parameters.GetValueOrDefault(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private async Task PostFileAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new MultipartFormDataContent { { content, "file", Path.GetFileName(path) } } };
        using var response = await TransferAsync(post, cancellationToken);
    }

    /// <summary>Sends a file's bytes to an upload address (no retries: a failed transfer fails the attempt, and the job is tried again).</summary>
    private async Task<HttpResponseMessage> TransferAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.Transfers.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ProviderFailures.FromException(client.Name, exception, client.Settings.TaskTimeout);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ProviderFailures.FromResponseAsync(client.Name, response, cancellationToken);
            }
        }
        return response;
    }

    /// <summary>Deletes the video at Cloudflare; a failure leaves it there and fails nothing.</summary>
    private async Task DeleteAsync(string uid)
    {
        using var timeout = new CancellationTokenSource(client.Settings.Timeout);
        try
        {
            using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Videos}/{Uri.EscapeDataString(uid)}");
            using var response = await client.Http.SendAsync(delete, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            // Best effort: the video stays at Cloudflare.
        }
    }

    private MediaProcessingException Failed(JsonElement status)
    {
        var code = Text(status, "errorReasonCode");
        var text = Text(status, "errorReasonText");
        var said = $"{(code is null ? "" : $" ({code})")}{(string.IsNullOrWhiteSpace(text) ? "" : $": {text}")}";
        if (ProviderFailures.IsContentPolicy(code) || ProviderFailures.IsContentPolicy(text))
        {
            return ProviderFailures.FromStatus(client.Name, 400, text, code);
        }
        return code is not null && UnreadableReasons.Contains(code)
            ? MediaProcessingException.UnreadableInput($"{client.Name} could not make the video playable{said}")
            : new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} could not make the video playable{said}", retryable: true);
    }

    private MediaProcessingException Unexpected(string what) => new(MediaErrorCodes.ProviderFailed, $"{client.Name} {what}.", retryable: true);

    private JsonElement Result(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
            ? result
            : throw Unexpected("answered without its result");

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
