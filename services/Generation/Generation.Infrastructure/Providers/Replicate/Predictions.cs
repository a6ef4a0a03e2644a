using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Replicate;

/// <summary>
/// One Replicate prediction, start to output: <c>POST predictions</c> with the model <c>version</c> and its
/// <c>input</c>, and, when a <c>WebhookUrl</c> is configured, the <c>webhook</c> to call when it completes
/// (<c>webhook_events_filter: ["completed"]</c>: webhooks-api verifies it and the poll waiting on the prediction looks at
/// once); then <c>GET predictions/{id}</c> polled with backoff (the fallback when no callback comes) through
/// <c>starting</c> and <c>processing</c> to <c>succeeded</c> (its first output URL taken), <c>failed</c> or
/// <c>canceled</c>. A prediction abandoned (job cancelled, past its time) is cancelled at Replicate.
/// </summary>
internal sealed class Predictions(ProviderClient client)
{
    /// <summary>The largest picture sent inline as a data URI (Replicate recommends them below 1 MB).</summary>
    public const int MaxDataUriLength = 1024 * 1024;

    public async Task<Uri> RunAsync(string version, JsonObject input, IProgress<MediaProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["version"] = version, ["input"] = input };
        if (client.Settings.WebhookUrl is { } webhook)
        {
            body["webhook"] = webhook.ToString();
            body["webhook_events_filter"] = new JsonArray("completed");
        }
        using var create = new HttpRequestMessage(HttpMethod.Post, "predictions") { Content = JsonContent.Create(body) };
        var created = await client.SendForJsonAsync(create, cancellationToken);
        var id = Text(created, "id") ?? throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} gave the prediction no id.", retryable: true);

        JsonElement prediction;
        try
        {
            prediction = Done(created) ? created : await client.PollAsync(id, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"predictions/{Uri.EscapeDataString(id)}");
                var state = await client.SendForJsonAsync(look, token);
                return Done(state) ? PollState<JsonElement>.Finished(state) : PollState<JsonElement>.Running();
            }, progress, stage, cancellationToken);
        }
        catch (Exception exception) when (ProviderTasks.Abandoned(exception))
        {
            await ProviderTasks.CancelAsync(client, HttpMethod.Post, $"predictions/{Uri.EscapeDataString(id)}/cancel");
            throw;
        }
        return Text(prediction, "status") switch
        {
            "succeeded" => FirstOutput(prediction)
                ?? throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name}'s prediction succeeded without an output.", retryable: true),
            "canceled" => throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} cancelled the prediction.", retryable: false),
            _ => throw Failed(prediction),
        };
    }

    /// <summary>The inputs every model's template may use; a picture is sent as a data URI.</summary>
    public static async Task<Dictionary<string, JsonNode?>> ValuesAsync(string? prompt, string? negativePrompt, int width, int height, string? image, double? seconds,
        int seed, CancellationToken cancellationToken) => new()
    {
        ["prompt"] = prompt,
        ["negative_prompt"] = string.IsNullOrWhiteSpace(negativePrompt) ? null : negativePrompt,
        ["width"] = width,
        ["height"] = height,
        ["aspect_ratio"] = AspectRatio.Nearest(width, height).ToString(),
        ["image"] = image is null ? null : await ImageDataUri.FromFileAsync(image, MaxDataUriLength, cancellationToken),
        ["seconds"] = seconds is { } s ? (int)Math.Ceiling(s - 0.001) : null,
        ["seed"] = seed,
    };

    private static bool Done(JsonElement prediction) => Text(prediction, "status") is "succeeded" or "failed" or "canceled";

    /// <summary>The first URL among the outputs (a model gives one URL, a list of them, or an object holding them).</summary>
    private static Uri? FirstOutput(JsonElement prediction) =>
        prediction.TryGetProperty("output", out var output) ? Urls(output).FirstOrDefault() : null;

    private static IEnumerable<Uri> Urls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when Uri.TryCreate(element.GetString(), UriKind.Absolute, out var url) && url.Scheme is "https" or "http" => [url],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Urls),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Urls(p.Value)),
        _ => [],
    };

    /// <summary>
    /// A failed prediction in our words by its <c>error</c>: content flagged as sensitive (E005, NSFW, a safety checker) is a
    /// content-policy refusal and a model out of memory (E1001) fails again the same way (both for good); anything else is
    /// worth trying again.
    /// </summary>
    private MediaProcessingException Failed(JsonElement prediction)
    {
        var error = prediction.TryGetProperty("error", out var e) ? e.ValueKind == JsonValueKind.String ? e.GetString() : e.ValueKind == JsonValueKind.Null ? null : e.ToString() : null;
        if (error is { Length: > ProviderFailures.MaxProviderMessage })
        {
            error = error[..ProviderFailures.MaxProviderMessage] + "…";
        }
        var said = error is null ? "" : $": {error}";
        if (error is not null && (ProviderFailures.IsContentPolicy(error) || error.Contains("E005", StringComparison.Ordinal)
            || error.Contains("sensitive", StringComparison.OrdinalIgnoreCase)))
        {
            return new MediaProcessingException(MediaErrorCodes.ContentPolicy, $"{client.Name} refused the content under its content policy{said}", retryable: false);
        }
        var again = error is null || !(error.Contains("E1001", StringComparison.Ordinal) || error.Contains("out of memory", StringComparison.OrdinalIgnoreCase));
        return new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name}'s prediction failed{said}", retryable: again);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
