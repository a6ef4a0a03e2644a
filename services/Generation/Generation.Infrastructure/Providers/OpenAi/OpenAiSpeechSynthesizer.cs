using System.Net.Http.Json;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.OpenAi;

/// <summary>
/// Narration from OpenAI's speech API (<c>audio/speech</c>, WAV): the request's voice when the provider has it (OpenAI's
/// voice names), else the configured one; fitted to the scene's length here as the local speech is. The characters
/// spoken are recorded as the call's usage.
/// </summary>
internal sealed class OpenAiSpeechSynthesizer(ProviderClient client, ProviderMedia media) : ISpeechSynthesizer
{
    /// <summary>The voices OpenAI's speech API has; a request naming another (an espeak-ng voice) gets the configured voice.</summary>
    public static readonly IReadOnlySet<string> Voices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse",
    };

    public const int MaxCharacters = 4096;

    public async Task<SpokenNarration> SpeakAsync(SpeechRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        if (text.Length is 0 or > MaxCharacters)
        {
            throw MediaProcessingException.InvalidRequest($"Narration is 1 to {MaxCharacters} characters for {client.Name}.");
        }
        var model = client.Settings.SpeechModel ?? OpenAiProvider.DefaultSpeechModel;
        var voice = request.Voice is { } asked && Voices.Contains(asked) ? asked.ToLowerInvariant() : client.Settings.Voice ?? OpenAiProvider.DefaultVoice;
        using var message = new HttpRequestMessage(HttpMethod.Post, "audio/speech")
        {
            Content = JsonContent.Create(new { model, input = text, voice, response_format = "wav" }),
        };
        var audio = workspace.NewFile("provider-speech", ".audio");
        using (var response = await client.SendAsync(message, cancellationToken, HttpCompletionOption.ResponseHeadersRead))
        {
            await using var file = File.Create(audio);
            await response.Content.CopyToAsync(file, cancellationToken);
        }
        await client.RecordUsageAsync(model, text.Length, UsageUnits.Characters, cancellationToken);
        var spoken = await media.FitSpeechAsync(audio, request, workspace, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Speech, 100));
        return spoken;
    }
}
