using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.RunwayMl;

/// <summary>
/// A scene clip from RunwayML: <c>POST image_to_video</c> with the model (<c>ClipModel</c>, default gen4_turbo), the scene
/// picture as a data URI (at most 5 MB, as Runway takes them), the prompt, the model's ratio closest to the scene's shape
/// and its shortest duration that covers the scene (5 or 10 s for Gen-4; see <see cref="RunwayMlProvider"/>); then <c>GET tasks/{id}</c> polled through PENDING, THROTTLED and RUNNING (its progress reported) to
/// SUCCEEDED or FAILED, the first output downloaded and put in the local clip format at the scene's frame and length
/// (cut, or held on its last frame). A SAFETY failure is a content-policy refusal (not retried); an asset Runway cannot
/// use is refused for good; an internal failure is tried again. The seconds Runway made are recorded as usage. A task
/// abandoned (job cancelled, past its time) is cancelled at Runway.
/// </summary>
internal sealed class RunwayClipGenerator(ProviderClient client, ProviderMedia media, IReadOnlyList<string> ratios, IReadOnlyList<int> durations) : IClipGenerator
{
    /// <summary>The longest data URI Runway takes (5 MB of text).</summary>
    public const int MaxDataUriLength = 5 * 1024 * 1024;

    /// <summary>The longest prompt Runway takes (UTF-16 code units).</summary>
    public const int MaxPromptLength = 1000;

    public async Task<GeneratedClip> GenerateAsync(ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var model = client.Settings.ClipModel ?? RunwayMlProvider.DefaultClipModel;
        var duration = DurationFor(request.DurationSeconds);
        var promptImage = await ImageDataUri.FromFileAsync(request.ImagePath, MaxDataUriLength, cancellationToken);
        using var create = new HttpRequestMessage(HttpMethod.Post, "image_to_video")
        {
            Content = JsonContent.Create(new Dictionary<string, object?>
            {
                ["model"] = model,
                ["promptImage"] = promptImage,
                ["promptText"] = PromptText(request.Prompt),
                ["ratio"] = RatioFor(request.Width, request.Height),
                ["duration"] = duration,
            }.Where(field => field.Value is not null).ToDictionary()),
        };
        var created = await client.SendForJsonAsync(create, cancellationToken);
        var id = Text(created, "id") ?? throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} gave the task no id.", retryable: true);

        JsonElement task;
        try
        {
            task = await client.PollAsync(id, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"tasks/{Uri.EscapeDataString(id)}");
                var state = await client.SendForJsonAsync(look, token);
                return Text(state, "status") switch
                {
                    "SUCCEEDED" => PollState<JsonElement>.Finished(state),
                    "FAILED" => throw Failed(state),
                    "CANCELLED" => throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} cancelled the task.", retryable: false),
                    _ => PollState<JsonElement>.Running(state.TryGetProperty("progress", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() * 100 : null),
                };
            }, new ProgressRange(progress, 0, 90), MediaStages.Clip, cancellationToken);
        }
        catch (Exception exception) when (ProviderTasks.Abandoned(exception))
        {
            await ProviderTasks.CancelAsync(client, HttpMethod.Delete, $"tasks/{Uri.EscapeDataString(id)}");
            throw;
        }
        await client.RecordUsageAsync(model, duration, UsageUnits.VideoSeconds, cancellationToken);

        var output = task.TryGetProperty("output", out var outputs) && outputs.ValueKind == JsonValueKind.Array
            ? outputs.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String && Uri.TryCreate(o.GetString(), UriKind.Absolute, out var url) ? url : null)
                .FirstOrDefault(url => url is not null)
            : null;
        if (output is null)
        {
            throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name}'s task succeeded without an output.", retryable: true);
        }
        var path = workspace.NewFile("provider-clip", ".mp4");
        await client.DownloadAsync(output, path, cancellationToken);
        return await media.NormaliseClipAsync(path, request, workspace, new ProgressRange(progress, 90, 100), cancellationToken);
    }

    /// <summary>Of the model's ratios, the one closest to the scene's shape (the larger on a tie).</summary>
    private string RatioFor(int width, int height)
    {
        var shape = Math.Log((double)width / height);
        return ratios.OrderBy(r => Math.Abs(Math.Log((double)Size(r).Width / Size(r).Height) - shape)).ThenByDescending(r => Size(r).Width * Size(r).Height).First();

        static VideoSize Size(string ratio) => VideoSize.TryParse(ratio.Replace(':', 'x'), out var size) ? size : default;
    }

    /// <summary>The shortest of the model's durations that covers the scene; its longest when none does (the clip is then held on its last frame).</summary>
    private int DurationFor(double seconds) => durations.FirstOrDefault(d => d >= seconds - 0.001, durations[^1]);

    private static string? PromptText(string? prompt)
    {
        var text = prompt?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length <= MaxPromptLength)
        {
            return string.IsNullOrEmpty(text) ? null : text;
        }
        return text[..(char.IsHighSurrogate(text[MaxPromptLength - 1]) ? MaxPromptLength - 1 : MaxPromptLength)];
    }

    /// <summary>
    /// A FAILED task in our words by its <c>failureCode</c> (dot-separated, most generic first): <c>SAFETY.*</c> (and
    /// <c>INPUT_PREPROCESSING.SAFETY.*</c>) a content-policy refusal, <c>ASSET.*</c> an input Runway cannot use (both for
    /// good); anything else (<c>INTERNAL.*</c>, <c>INPUT_PREPROCESSING.INTERNAL</c>, none) a failure worth trying again.
    /// </summary>
    private MediaProcessingException Failed(JsonElement task)
    {
        var code = Text(task, "failureCode") ?? "";
        var reason = Text(task, "failure");
        if (reason is { Length: > ProviderFailures.MaxProviderMessage })
        {
            reason = reason[..ProviderFailures.MaxProviderMessage] + "…";
        }
        var segments = code.Split('.');
        if (segments.Contains("SAFETY", StringComparer.OrdinalIgnoreCase))
        {
            return new MediaProcessingException(MediaErrorCodes.ContentPolicy,
                $"{client.Name} refused the content under its content policy ({code}){(reason is null ? "" : $": {reason}")}", retryable: false);
        }
        var said = $"{client.Name} could not make the clip{(code.Length == 0 ? "" : $" ({code})")}{(reason is null ? "" : $": {reason}")}";
        return segments[0].Equals("ASSET", StringComparison.OrdinalIgnoreCase)
            ? new MediaProcessingException(MediaErrorCodes.ProviderRejected, said, retryable: false)
            : new MediaProcessingException(MediaErrorCodes.ProviderFailed, said, retryable: true);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
