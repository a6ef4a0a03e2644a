using System.Globalization;
using AiVideo.Generation.Application.Providers;

namespace AiVideo.Generation.Application.Videos;

/// <summary>
/// What a video request may ask for: a prompt of 1 to <see cref="MaxPromptLength"/> characters; a provider and model
/// that exist; a size the provider makes (through <c>/v1/videos</c> also one of OpenAI's four); a length the provider
/// makes (through <c>/v1/videos</c> 4, 8 or 12 seconds, as OpenAI's API takes them). Defaults as OpenAI's: 720x1280, 4 s.
/// Field names in errors follow the API the request came through.
/// </summary>
public sealed class VideoRules(ProviderCatalog providers)
{
    public const int MaxPromptLength = 4000;
    public const string DefaultSize = "720x1280";
    public const string DefaultSeconds = "4";

    public static readonly IReadOnlyList<string> OpenAiSizes = ["720x1280", "1280x720", "1024x1792", "1792x1024"];
    public static readonly IReadOnlyList<string> OpenAiSeconds = ["4", "8", "12"];

    /// <summary>The checked request: provider, model, frame size and length.</summary>
    public sealed record Checked(string Provider, string Model, VideoSize Size, double Seconds);

    /// <summary>Checks the request; one naming no provider goes to <paramref name="companyDefault"/> when that one makes videos.</summary>
    public Result<Checked> Check(VideoRequest request, string? companyDefault = null)
    {
        var fields = new Dictionary<string, string[]>();
        CheckPrompt(request.Prompt, fields);
        var resolved = providers.Resolve(request.Provider, request.Model, companyDefault);
        if (!resolved.IsSuccess)
        {
            foreach (var (field, messages) in resolved.Error.Fields)
            {
                fields[field] = messages;
            }
            return Error.Validation(fields);
        }
        var (provider, model) = resolved.Value;
        var settings = providers.Settings(provider);
        var sizeText = request.Size ?? DefaultSize;
        var sizes = request.OpenAi ? settings.VideoSizes.Intersect(OpenAiSizes).ToList() : settings.VideoSizes;
        if (!VideoSize.TryParse(sizeText, out var size) || !sizes.Contains(size.ToString()))
        {
            fields["size"] = [$"The size is one of: {string.Join(", ", sizes)} (for {provider})."];
        }
        var secondsText = request.Seconds ?? DefaultSeconds;
        var parsed = double.TryParse(secondsText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds);
        if (request.OpenAi && (!OpenAiSeconds.Contains(secondsText.Trim()) || seconds < settings.MinSeconds || seconds > settings.MaxSeconds))
        {
            fields["seconds"] = [$"The length is one of: {string.Join(", ", OpenAiSeconds.Where(s => double.Parse(s, CultureInfo.InvariantCulture) <= settings.MaxSeconds))} seconds."];
        }
        else if (!request.OpenAi && (!parsed || seconds < settings.MinSeconds || seconds > settings.MaxSeconds))
        {
            fields["seconds"] = [$"The length is {settings.MinSeconds:0.##} to {settings.MaxSeconds:0.##} seconds (for {provider})."];
        }
        return fields.Count > 0 ? Error.Validation(fields) : new Checked(provider, model, size, seconds);
    }

    public static Result CheckPrompt(string? prompt)
    {
        var fields = new Dictionary<string, string[]>();
        CheckPrompt(prompt, fields);
        return fields.Count > 0 ? Error.Validation(fields) : Result.Success;
    }

    private static void CheckPrompt(string? prompt, Dictionary<string, string[]> fields)
    {
        if (string.IsNullOrWhiteSpace(prompt))
        {
            fields["prompt"] = ["The prompt is required."];
        }
        else if (prompt.Length > MaxPromptLength)
        {
            fields["prompt"] = [$"The prompt is at most {MaxPromptLength} characters; this one has {prompt.Length}."];
        }
    }
}
