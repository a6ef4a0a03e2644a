using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using AiVideo.Generation.Infrastructure.Providers.Streaming;

namespace AiVideo.Generation.Infrastructure.Providers.CloudflareStream;

/// <summary>
/// An uploaded video transcoded by Cloudflare Stream: a direct creator upload made
/// (<c>POST accounts/{account}/stream/direct_upload</c>, its <c>maxDurationSeconds</c> the original's length rounded up),
/// the original POSTed to its <c>uploadURL</c> as a multipart form's <c>file</c>, then the video looked at
/// (<c>GET accounts/{account}/stream/{uid}</c>) through <c>pendingupload</c>, <c>queued</c> and <c>inprogress</c> (its
/// <c>pctComplete</c> reported) until it is <c>readyToStream</c> with <c>status.state</c> <c>ready</c>, or <c>error</c>
/// (a video Stream cannot read, by its <c>errorReasonCode</c>, fails for good). The looks are woken by Stream's webhook
/// (verified by webhooks-api), polling being the fallback. Its <c>playback.hls</c> and <c>thumbnail</c> are copied into the
/// workspace, its seconds recorded, and the video deleted at Cloudflare (unless <c>Parameters:KeepVideos</c> is true).
/// </summary>
internal sealed class CloudflareStreamTranscoder(ProviderClient client, ProviderMedia media, string account) : IVideoTranscoder
{
    public const string Model = "cloudflare-stream";

    /// <summary>The <c>errorReasonCode</c>s of a video Stream cannot make playable, whatever the attempt.</summary>
    private static readonly string[] UnreadableReasons = ["ERR_NON_VIDEO", "ERR_MALFORMED_VIDEO", "ERR_DURATION_EXCEED_CONSTRAINT", "ERR_DURATION_TOO_SHORT"];

    private string Videos => $"accounts/{Uri.EscapeDataString(account)}/stream";

    public async Task<TranscodedVideo> TranscodeAsync(TranscodeRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken)
    {
        var upload = new StreamingUpload(client, media);
        var source = await upload.ProbeAsync(request.SourcePath, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Probe, 2));

        using var create = new HttpRequestMessage(HttpMethod.Post, $"{Videos}/direct_upload")
        {
            Content = JsonContent.Create(new { maxDurationSeconds = (int)Math.Ceiling(source.DurationSeconds) + 1 }),
        };
        var created = Result(await client.SendForJsonAsync(create, cancellationToken));
        var uid = Text(created, "uid") ?? throw Unexpected("gave the upload no uid");
        var uploadUrl = Uri.TryCreate(Text(created, "uploadURL"), UriKind.Absolute, out var url) ? url : throw Unexpected("gave the upload no uploadURL");

        await PostFileAsync(uploadUrl, request.SourcePath, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Transcode, 10));

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
        if (!string.Equals(client.Settings.Parameters.GetValueOrDefault("KeepVideos"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await DeleteAsync(uid);
        }
        return result;
    }

    private async Task PostFileAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new MultipartFormDataContent { { content, "file", Path.GetFileName(path) } } };
        HttpResponseMessage response;
        try
        {
            response = await client.Transfers.SendAsync(post, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ProviderFailures.FromException(client.Name, exception, client.Settings.TaskTimeout);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ProviderFailures.FromResponseAsync(client.Name, response, cancellationToken);
            }
        }
    }

    /// <summary>Deletes the video at Cloudflare once it is copied; a failure leaves it there and fails nothing.</summary>
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
