using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using AiVideo.Generation.Infrastructure.Providers.Streaming;

namespace AiVideo.Generation.Infrastructure.Providers.Mux;

/// <summary>
/// An uploaded video transcoded by Mux: a direct upload created (<c>POST video/v1/uploads</c>, its asset's playback
/// public), the original PUT to the upload's URL, the upload looked at until it names its asset
/// (<c>GET video/v1/uploads/{id}</c>: <c>waiting</c> → <c>asset_created</c>) and the asset until it is <c>ready</c>
/// (<c>GET video/v1/assets/{id}</c>; <c>errored</c> fails, an invalid input for good). The looks are woken by Mux's
/// <c>video.upload.asset_created</c> and <c>video.asset.ready</c> webhooks (verified by webhooks-api), polling being the
/// fallback. The playback id's HLS (<c>{StreamBaseUrl}/{playback_id}.m3u8</c>) and thumbnail
/// (<c>{ImageBaseUrl}/{playback_id}/thumbnail.jpg</c>) are copied into the workspace and the asset's seconds recorded.
/// Copied, failed or abandoned, the asset is then deleted at Mux (an upload without one cancelled) unless
/// <c>Parameters:KeepAssets</c> is true: the copy is what clients play, and a retry uploads again.
/// </summary>
internal sealed class MuxTranscoder(ProviderClient client, ProviderMedia media) : IVideoTranscoder
{
    public const string Model = "mux-video";

    public async Task<TranscodedVideo> TranscodeAsync(TranscodeRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken)
    {
        var upload = new StreamingUpload(client, media);
        var source = await upload.ProbeAsync(request.SourcePath, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Probe, 2));

        var settings = new Dictionary<string, object> { ["playback_policy"] = new[] { "public" } };
        if (client.Settings.Parameters.GetValueOrDefault("VideoQuality") is { Length: > 0 } quality)
        {
            settings["video_quality"] = quality;
        }
        using var create = new HttpRequestMessage(HttpMethod.Post, "video/v1/uploads")
        {
            Content = JsonContent.Create(new Dictionary<string, object> { ["cors_origin"] = "*", ["new_asset_settings"] = settings }),
        };
        var created = Data(await client.SendForJsonAsync(create, cancellationToken));
        var uploadId = Text(created, "id") ?? throw Unexpected("gave the upload no id");
        var uploadUrl = Uri.TryCreate(Text(created, "url"), UriKind.Absolute, out var url) ? url : throw Unexpected("gave the upload no URL");

        string? assetId = null;
        try
        {
            await PutAsync(uploadUrl, request.SourcePath, cancellationToken);
            progress?.Report(new MediaProgress(MediaStages.Transcode, 10));

            var createdAsset = await client.PollAsync(uploadId, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"video/v1/uploads/{Uri.EscapeDataString(uploadId)}");
                var found = Data(await client.SendForJsonAsync(look, token));
                return Text(found, "status") switch
                {
                    "asset_created" when Text(found, "asset_id") is { } asset => PollState<string>.Finished(asset),
                    "errored" => throw Failed(found.TryGetProperty("error", out var error) ? error : default, "could not take the upload"),
                    "cancelled" or "timed_out" => throw new MediaProcessingException(MediaErrorCodes.ProviderFailed,
                        $"{client.Name}'s upload was {Text(found, "status")!.Replace('_', ' ')} before the video arrived.", retryable: true),
                    _ => PollState<string>.Running(),
                };
            }, new ProgressRange(progress, 10, 15), MediaStages.Transcode, cancellationToken);
            assetId = createdAsset;

            var asset = await client.PollAsync(createdAsset, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"video/v1/assets/{Uri.EscapeDataString(createdAsset)}");
                var found = Data(await client.SendForJsonAsync(look, token));
                return Text(found, "status") switch
                {
                    "ready" => PollState<JsonElement>.Finished(found),
                    "errored" => throw Failed(found.TryGetProperty("errors", out var errors) ? errors : default, "could not transcode the video"),
                    _ => PollState<JsonElement>.Running(),
                };
            }, new ProgressRange(progress, 15, 70), MediaStages.Transcode, cancellationToken);

            var playbackId = asset.TryGetProperty("playback_ids", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? ids.EnumerateArray().Where(p => Text(p, "policy") == "public").Select(p => Text(p, "id")).FirstOrDefault(p => p is not null)
                : null;
            if (playbackId is null)
            {
                throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name}'s asset has no public playback id.", retryable: false);
            }
            var seconds = asset.TryGetProperty("duration", out var duration) && duration.TryGetDouble(out var d) ? d : (double?)null;
            var escaped = Uri.EscapeDataString(playbackId);
            var time = Math.Min(source.DurationSeconds * 0.25, 5).ToString("0.###", CultureInfo.InvariantCulture);
            var video = await upload.FinishAsync(source,
                upload.Under("StreamBaseUrl", "https://stream.mux.com/", $"{escaped}.m3u8"),
                upload.Under("ImageBaseUrl", "https://image.mux.com/", $"{escaped}/thumbnail.jpg?time={time}"),
                seconds, Model, workspace, new ProgressRange(progress, 70, 100), cancellationToken);
            return video;
        }
        finally
        {
            // Copied, failed or abandoned: Mux's copy is not what clients play, and a retry uploads again.
            if (!string.Equals(client.Settings.Parameters.GetValueOrDefault("KeepAssets"), "true", StringComparison.OrdinalIgnoreCase))
            {
                await RemoveAsync(assetId is null ? HttpMethod.Put : HttpMethod.Delete,
                    assetId is null ? $"video/v1/uploads/{Uri.EscapeDataString(uploadId)}/cancel" : $"video/v1/assets/{Uri.EscapeDataString(assetId)}");
            }
        }
    }

    private async Task PutAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StreamContent(file) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        put.Content.Headers.ContentLength = file.Length;
        HttpResponseMessage response;
        try
        {
            response = await client.Transfers.SendAsync(put, cancellationToken);
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

    /// <summary>Deletes the asset at Mux (or cancels an upload that has none yet); a failure leaves it there (it costs storage, nothing else) and fails nothing.</summary>
    private async Task RemoveAsync(HttpMethod method, string path)
    {
        using var timeout = new CancellationTokenSource(client.Settings.Timeout);
        try
        {
            using var remove = new HttpRequestMessage(method, path);
            using var response = await client.Http.SendAsync(remove, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            // Best effort: the asset stays at Mux.
        }
    }

    /// <summary>An upload's <c>error</c> or an asset's <c>errors</c> (<c>type</c>, <c>message</c> or <c>messages</c>) in our words; an invalid input is for good.</summary>
    private MediaProcessingException Failed(JsonElement error, string what)
    {
        var type = error.ValueKind == JsonValueKind.Object ? Text(error, "type") : null;
        var message = error.ValueKind != JsonValueKind.Object ? null
            : Text(error, "message") ?? (error.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
                ? string.Join(" ", list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()))
                : null);
        if (ProviderFailures.IsContentPolicy(type) || ProviderFailures.IsContentPolicy(message))
        {
            return ProviderFailures.FromStatus(client.Name, 400, message, type);
        }
        var said = string.IsNullOrWhiteSpace(message) ? "" : $": {message}";
        return type == "invalid_input"
            ? MediaProcessingException.UnreadableInput($"{client.Name} {what}, as it is not a video it can read{said}")
            : new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} {what}{said}", retryable: true);
    }

    private MediaProcessingException Unexpected(string what) => new(MediaErrorCodes.ProviderFailed, $"{client.Name} {what}.", retryable: true);

    private JsonElement Data(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw Unexpected("answered without its data");

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
