using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.OpenAi;

/// <summary>
/// A provider speaking OpenAI's API (OpenAI itself, OpenRouter, a local Ollama or vLLM: any base URL): storyboards on
/// chat completions with a JSON schema, scene pictures on images (generations; edits with a reference picture),
/// narration on speech, clips and whole videos on videos (an image-to-video clip is a video with the scene picture as
/// its <c>input_reference</c>). <c>Ports</c> in its settings limits it to those its server has (e.g. only <c>story</c>
/// for an Ollama).
/// </summary>
internal static class OpenAiProvider
{
    public const string DefaultChatModel = "gpt-4o-mini";
    public const string DefaultImageModel = "gpt-image-1";
    public const string DefaultSpeechModel = "gpt-4o-mini-tts";
    public const string DefaultVoice = "alloy";
    public const string DefaultVideoModel = "sora-2";

    public static void Register(CloudProviderRegistration provider)
    {
        if (provider.Settings.Models.Count == 0)
        {
            provider.Settings.Models = [DefaultVideoModel];
        }
        provider.AddPort<IStoryWriter>((services, client) => new OpenAiStoryWriter(client));
        provider.AddPort<IImageGenerator>((services, client) => new OpenAiImageGenerator(client, services.GetRequiredService<ProviderMedia>()));
        provider.AddPort<ISpeechSynthesizer>((services, client) => new OpenAiSpeechSynthesizer(client, services.GetRequiredService<ProviderMedia>()));
        provider.AddPort<ITextToVideoGenerator>((services, client) => new OpenAiVideoGenerator(client, services.GetRequiredService<ProviderMedia>()));
        provider.AddPort<IClipGenerator>((services, client) => new OpenAiVideoGenerator(client, services.GetRequiredService<ProviderMedia>()));
    }
}
