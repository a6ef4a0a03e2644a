namespace AiVideo.Generation.Application.Providers;

/// <summary>The protocols cloud providers speak (<see cref="ProviderSettings.Type"/>).</summary>
public static class ProviderTypes
{
    /// <summary>OpenAI's API shape: chat completions, images, speech, videos (OpenAI, OpenRouter, Ollama, vLLM...).</summary>
    public const string OpenAi = "openai";

    public const string RunwayMl = "runwayml";

    public const string Replicate = "replicate";

    public const string Mux = "mux";

    public const string CloudflareStream = "cloudflare-stream";
}
