using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.OpenAi;

/// <summary>
/// Scene pictures from OpenAI's images API: <c>images/generations</c>, or <c>images/edits</c> with the reference picture
/// (or the seed frame the scene continues from) when there is one. The picture is asked for in the provider's size
/// closest to the scene's shape (<c>Parameters:ImageSizes</c>, default gpt-image-1's), taken as base64 or downloaded from
/// its URL, and cropped to the scene's exact frame here. One image is recorded per call.
/// </summary>
internal sealed class OpenAiImageGenerator(ProviderClient client, ProviderMedia media) : IImageGenerator
{
    public static readonly IReadOnlyList<string> DefaultSizes = ["1024x1024", "1536x1024", "1024x1536"];

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var model = client.Settings.ImageModel ?? OpenAiProvider.DefaultImageModel;
        var size = ClosestSize(request.Width, request.Height);
        var prompt = Prompt(request);
        var reference = request.ReferenceImagePath ?? request.SeedFramePath;
        using var message = new HttpRequestMessage(HttpMethod.Post, reference is null ? "images/generations" : "images/edits");
        if (reference is null)
        {
            message.Content = JsonContent.Create(new { model, prompt, size, n = 1 });
        }
        else
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(model), "model" },
                { new StringContent(prompt), "prompt" },
                { new StringContent(size), "size" },
                { new StringContent("1"), "n" },
            };
            var image = new ByteArrayContent(await File.ReadAllBytesAsync(reference, cancellationToken));
            image.Headers.ContentType = new MediaTypeHeaderValue(reference.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
            form.Add(image, "image", Path.GetFileName(reference));
            message.Content = form;
        }
        var answer = await client.SendForJsonAsync(message, cancellationToken);
        await client.RecordUsageAsync(model, 1, UsageUnits.Images, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Image, 80));
        var picture = workspace.NewFile("provider-image", ".img");
        if (answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0)
        {
            var first = data[0];
            if (first.TryGetProperty("b64_json", out var base64) && base64.ValueKind == JsonValueKind.String)
            {
                await File.WriteAllBytesAsync(picture, Convert.FromBase64String(base64.GetString()!), cancellationToken);
            }
            else if (first.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var address))
            {
                await client.DownloadAsync(address, picture, cancellationToken);
            }
            else
            {
                throw NoPicture();
            }
        }
        else
        {
            throw NoPicture();
        }
        var fitted = await media.FitImageAsync(picture, request.Width, request.Height, workspace, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Image, 100));
        return fitted;
    }

    /// <summary>The provider's size whose shape is closest to the scene's.</summary>
    public string ClosestSize(int width, int height)
    {
        var sizes = client.Settings.Parameters.TryGetValue("ImageSizes", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultSizes;
        var shape = Math.Log((double)width / height);
        return sizes.Select(s => (Size: s, Parsed: VideoSize.TryParse(s, out var parsed) ? parsed : (VideoSize?)null))
            .Where(s => s.Parsed is not null)
            .OrderBy(s => Math.Abs(Math.Log((double)s.Parsed!.Value.Width / s.Parsed.Value.Height) - shape))
            .ThenByDescending(s => s.Parsed!.Value.Width * s.Parsed.Value.Height)
            .Select(s => s.Size)
            .FirstOrDefault() ?? DefaultSizes[0];
    }

    private static string Prompt(ImageRequest request)
    {
        var parts = new List<string> { request.Prompt.Trim() };
        if (request.Style is { Length: > 0 } style)
        {
            parts.Add($"Style: {style}.");
        }
        if (request.Mood is { Length: > 0 } mood)
        {
            parts.Add($"Mood: {mood}.");
        }
        if (request.Brand?.Colors is { Count: > 0 } colors)
        {
            parts.Add($"Brand colours: {string.Join(", ", colors)}.");
        }
        if (request.NegativePrompt is { Length: > 0 } avoid)
        {
            parts.Add($"Avoid: {avoid}.");
        }
        return string.Join(' ', parts);
    }

    private MediaProcessingException NoPicture() =>
        new(MediaErrorCodes.ProviderFailed, $"{client.Name}'s answer held no picture.", retryable: true);
}
