using System.ClientModel;
using System.ClientModel.Primitives;
using System.ComponentModel;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Local.Story;
using AiVideo.Generation.Infrastructure.Providers.Cloud;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AiVideo.Generation.Infrastructure.Providers.OpenAi;

/// <summary>
/// Writes a storyboard with a chat model (Microsoft.Extensions.AI over the OpenAI package, sent through the provider's
/// resilient HTTP client, the SDK's own retries off): the request as instructions, the answer constrained to a JSON
/// schema of the storyboard. The scenes' lengths are not the model's to choose: they are split from the target as the
/// local writer splits them, so the video lasts what was asked. Tokens are recorded as the call's usage.
/// </summary>
internal sealed class OpenAiStoryWriter : IStoryWriter
{
    private readonly ProviderClient _client;
    private readonly IChatClient _chat;
    private readonly string _model;

    public OpenAiStoryWriter(ProviderClient client)
    {
        _client = client;
        _model = client.Settings.ChatModel ?? OpenAiProvider.DefaultChatModel;
        var options = new OpenAIClientOptions
        {
            Endpoint = client.Settings.BaseUrl,
            Transport = new HttpClientPipelineTransport(client.Http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        // A server that takes no key (a local Ollama) still needs a credential for the SDK: any text does.
        var key = string.IsNullOrEmpty(client.Settings.ApiKey) ? "no-key" : client.Settings.ApiKey;
        _chat = new OpenAI.Chat.ChatClient(_model, new ApiKeyCredential(key), options).AsIChatClient();
    }

    public async Task<Storyboard> WriteAsync(StoryRequest request, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        ChatResponse<StoryboardAnswer> response;
        try
        {
            response = await _chat.GetResponseAsync<StoryboardAnswer>(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, Describe(request))],
                new ChatOptions { Temperature = 0.7f }, useJsonSchemaResponseFormat: true, cancellationToken);
        }
        catch (ClientResultException exception) when (exception.GetRawResponse() is { } raw)
        {
            var (message, code) = ProviderFailures.Describe(raw.Content.ToString());
            throw ProviderFailures.FromStatus(_client.Name, raw.Status, message, code, RetryAfter(raw));
        }
        catch (ClientResultException exception)
        {
            throw ProviderFailures.FromException(_client.Name, exception.InnerException ?? exception, _client.Settings.Timeout);
        }
        if (response.Usage?.TotalTokenCount is { } tokens)
        {
            await _client.RecordUsageAsync(_model, tokens, UsageUnits.Tokens, cancellationToken);
        }
        if (!response.TryGetResult(out var answer) || answer?.Scenes is not { Count: > 0 } scenes || scenes.Count < request.SceneCount)
        {
            throw new MediaProcessingException(MediaErrorCodes.ProviderFailed,
                $"{_client.Name}'s storyboard did not have the {request.SceneCount} scenes asked for.", retryable: true);
        }
        var durations = SceneDurations.Split(request.TargetDurationSeconds, request.SceneCount);
        var story = new Storyboard(Text(answer.Title, request.Prompt), Text(answer.Overview, request.Prompt),
        [
            .. scenes.Take(request.SceneCount).Select((scene, i) => new StoryScene(i + 1, Text(scene.Title, $"Scene {i + 1}"), Text(scene.Summary, ""),
                Text(scene.Narration, ""), Text(scene.ImagePrompt, request.Prompt), Text(scene.NegativePrompt, ""), durations[i])),
        ]);
        progress?.Report(new MediaProgress(MediaStages.Storyboard, 100));
        return story;
    }

    private const string Instructions =
        "You write storyboards for short videos. Answer with the storyboard only, as the JSON schema says: a title, a one-sentence overview, and "
        + "exactly the number of scenes asked for, in play order. Each scene has a short title, a one-sentence summary, the narration spoken over it "
        + "(about 2.5 words per second of the scene, plain sentences, no stage directions), a detailed prompt for an image model showing the scene "
        + "(subject, setting, lighting, camera framing for the aspect ratio, style), and a negative prompt of what the picture must not show.";

    private static string Describe(StoryRequest request)
    {
        var seconds = SceneDurations.Split(request.TargetDurationSeconds, request.SceneCount);
        var lines = new List<string>
        {
            $"Video: {request.Prompt.Trim()}",
            $"Scenes: {request.SceneCount}, lasting {string.Join(", ", seconds.Select(s => s.ToString("0.#", CultureInfo.InvariantCulture) + " s"))}.",
            $"Aspect ratio: {request.AspectRatio}.",
        };
        if (request.Style is { Length: > 0 } style)
        {
            lines.Add($"Style: {style}.");
        }
        if (request.Mood is { Length: > 0 } mood)
        {
            lines.Add($"Mood: {mood}.");
        }
        if (request.Brand is { } brand)
        {
            lines.Add($"Brand: {brand.Name}{(brand.ProductDescription is { Length: > 0 } product ? $", presenting {product}" : "")}.");
        }
        return string.Join('\n', lines);
    }

    private static string Text(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();

    private static TimeSpan? RetryAfter(PipelineResponse response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>The storyboard as the model is asked to write it (the JSON schema is made from this type).</summary>
    internal sealed record StoryboardAnswer(
        [property: Description("The video's title, a few words.")] string Title,
        [property: Description("One sentence saying what the video shows.")] string Overview,
        [property: Description("The scenes in play order, exactly as many as asked for.")] List<SceneAnswer> Scenes);

    internal sealed record SceneAnswer(
        string Title,
        string Summary,
        [property: Description("The words spoken over the scene.")] string Narration,
        [property: Description("A detailed prompt for an image model.")] string ImagePrompt,
        [property: Description("What the picture must not show.")] string NegativePrompt);
}
