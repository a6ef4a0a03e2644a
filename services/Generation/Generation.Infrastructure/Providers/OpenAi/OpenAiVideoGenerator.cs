using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.OpenAi;

/// <summary>
/// Videos from OpenAI's videos API (Sora, or any service of that shape): <c>POST videos</c> (multipart: prompt, model,
/// seconds, size, the reference picture as <c>input_reference</c>) or <c>POST videos/{id}/remix</c>; then
/// <c>GET videos/{id}</c> polled with backoff through <c>queued</c> and <c>in_progress</c> (its <c>progress</c> reported)
/// to <c>completed</c> or <c>failed</c>; then <c>GET videos/{id}/content</c> downloaded. A whole video keeps the
/// provider's length cut to the one asked for; a scene clip (the scene picture as the reference, in the provider's size
/// closest to the scene's shape) is put in the local clip format. The seconds of video made are recorded as usage.
/// </summary>
internal sealed class OpenAiVideoGenerator(ProviderClient client, ProviderMedia media) : ITextToVideoGenerator, IClipGenerator
{
    public static readonly IReadOnlyList<double> DefaultSeconds = [4, 8, 12];
    public static readonly IReadOnlyList<string> DefaultClipSizes = ["1280x720", "720x1280", "1792x1024", "1024x1792"];

    public async Task<ComposedVideo> GenerateAsync(TextToVideoRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress,
        CancellationToken cancellationToken)
    {
        var seconds = ProviderSeconds(request.Seconds);
        var (id, path) = await MakeAsync(request.Prompt, $"{request.Width}x{request.Height}", seconds, request.ReferenceImagePath, request.RemixOf, workspace,
            progress, MediaStages.Compose, cancellationToken);
        var video = await media.FinishVideoAsync(path, workspace, cancellationToken);
        if (video.DurationSeconds > request.Seconds + 0.05)
        {
            var clip = await media.NormaliseClipAsync(path, new ClipRequest(path, request.Seconds, video.Width, video.Height), workspace, null, cancellationToken);
            video = await media.FinishVideoAsync(clip.Path, workspace, cancellationToken);
        }
        progress?.Report(new MediaProgress(MediaStages.Compose, 100));
        return video with { ProviderVideoId = id };
    }

    public async Task<GeneratedClip> GenerateAsync(ClipRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var size = ClosestSize(request.Width, request.Height);
        var (_, path) = await MakeAsync(request.Prompt ?? "Bring this picture to life with gentle, natural motion.", size, ProviderSeconds(request.DurationSeconds),
            request.ImagePath, null, workspace, new ProgressRange(progress, 0, 90), MediaStages.Clip, cancellationToken);
        return await media.NormaliseClipAsync(path, request, workspace, new ProgressRange(progress, 90, 100), cancellationToken);
    }

    private async Task<(string Id, string Path)> MakeAsync(string prompt, string size, double seconds, string? reference, string? remixOf, MediaWorkspace workspace,
        IProgress<MediaProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        var model = client.Settings.Models.FirstOrDefault() ?? OpenAiProvider.DefaultVideoModel;
        using var create = new HttpRequestMessage(HttpMethod.Post, remixOf is null ? "videos" : $"videos/{Uri.EscapeDataString(remixOf)}/remix");
        if (remixOf is not null)
        {
            create.Content = JsonContent.Create(new { prompt });
        }
        else
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(prompt), "prompt" },
                { new StringContent(model), "model" },
                { new StringContent(seconds.ToString("0", CultureInfo.InvariantCulture)), "seconds" },
                { new StringContent(size), "size" },
            };
            if (reference is not null)
            {
                var image = new ByteArrayContent(await File.ReadAllBytesAsync(reference, cancellationToken));
                image.Headers.ContentType = new MediaTypeHeaderValue(reference.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
                form.Add(image, "input_reference", Path.GetFileName(reference));
            }
            create.Content = form;
        }
        var created = await client.SendForJsonAsync(create, cancellationToken);
        var id = Text(created, "id") ?? throw new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} gave the video no id.", retryable: true);
        var done = Text(created, "status") == "completed"
            ? created
            : await client.PollAsync(id, async token =>
            {
                using var look = new HttpRequestMessage(HttpMethod.Get, $"videos/{Uri.EscapeDataString(id)}");
                var video = await client.SendForJsonAsync(look, token);
                return Text(video, "status") switch
                {
                    "completed" => PollState<JsonElement>.Finished(video),
                    "failed" => throw Failed(video),
                    _ => PollState<JsonElement>.Running(video.TryGetProperty("progress", out var p) && p.TryGetDouble(out var percent) ? percent : null),
                };
            }, progress, stage, cancellationToken);
        var made = done.TryGetProperty("seconds", out var s) && double.TryParse(s.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var madeSeconds)
            ? madeSeconds
            : seconds;
        await client.RecordUsageAsync(Text(done, "model") ?? model, (decimal)made, UsageUnits.VideoSeconds, cancellationToken);
        var path = workspace.NewFile("provider-video", ".mp4");
        await client.DownloadAsync(new Uri(client.Settings.BaseUrl!, $"videos/{Uri.EscapeDataString(id)}/content"), path, cancellationToken, client.Http);
        return (id, path);
    }

    /// <summary>The shortest length the provider makes that is at least <paramref name="seconds"/> (its longest when none is).</summary>
    private double ProviderSeconds(double seconds)
    {
        var lengths = client.Settings.Parameters.TryGetValue("VideoSeconds", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? [.. configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Order()]
            : DefaultSeconds;
        return lengths.FirstOrDefault(l => l >= seconds - 0.001, lengths[^1]);
    }

    private string ClosestSize(int width, int height)
    {
        var sizes = client.Settings.VideoSizes.Count > 0 ? client.Settings.VideoSizes : DefaultClipSizes;
        var shape = Math.Log((double)width / height);
        return sizes.Where(s => VideoSize.TryParse(s, out _))
            .OrderBy(s => { VideoSize.TryParse(s, out var v); return Math.Abs(Math.Log((double)v.Width / v.Height) - shape); })
            .First();
    }

    private MediaProcessingException Failed(JsonElement video)
    {
        var error = video.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var message = error.ValueKind == JsonValueKind.Object ? Text(error, "message") : null;
        var code = error.ValueKind == JsonValueKind.Object ? Text(error, "code") : null;
        return ProviderFailures.IsContentPolicy(code) || ProviderFailures.IsContentPolicy(message)
            ? ProviderFailures.FromStatus(client.Name, 400, message, code)
            : new MediaProcessingException(MediaErrorCodes.ProviderFailed, $"{client.Name} could not make the video{(message is null ? "" : $": {message}")}",
                retryable: true);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
