namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// One provider's settings (section <c>Generation:Providers:{name}</c>). Every provider has its limits: how many of its
/// jobs an instance runs at once, the models it answers to (the first is its default), and the videos it makes (frame
/// sizes, length range). A cloud provider also names its <see cref="Type"/> (the protocol it speaks: several providers may
/// share one, e.g. OpenAI and a local Ollama both <c>openai</c>), where it is and its key (from secrets, never logged),
/// the models of each port, how long to wait for it, and what its work costs.
/// </summary>
public sealed class ProviderSettings
{
    /// <summary>The protocol a cloud provider speaks (<see cref="ProviderTypes"/>); empty: the provider's name is its type.</summary>
    public string? Type { get; set; }

    /// <summary>The API's base address, e.g. <c>https://api.openai.com/v1/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API key or token (from secrets or the environment). Never logged nor shown.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Jobs of this provider one instance runs at once (0: the machine's cores for <c>local</c>, 4 for a cloud provider).</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>The models of text-to-video jobs (<c>/v1/videos</c>'s <c>model</c>); the first is the default.</summary>
    public List<string> Models { get; set; } = [];

    /// <summary>Frame sizes of videos, as <c>WIDTHxHEIGHT</c>.</summary>
    public List<string> VideoSizes { get; set; } = [];

    public double MinSeconds { get; set; } = 1;

    public double MaxSeconds { get; set; } = 120;

    /// <summary>The ports this provider serves (<see cref="ProviderPorts"/>); empty: every port its type implements.</summary>
    public List<string> Ports { get; set; } = [];

    /// <summary>The chat model storyboards are written with.</summary>
    public string? ChatModel { get; set; }

    /// <summary>The image model scene pictures are drawn with.</summary>
    public string? ImageModel { get; set; }

    /// <summary>The speech model narration is spoken with, and its default voice.</summary>
    public string? SpeechModel { get; set; }

    public string? Voice { get; set; }

    /// <summary>The model scene clips are made with (image to video).</summary>
    public string? ClipModel { get; set; }

    /// <summary>Where the provider sends its completion callbacks (the gateway's <c>/api/webhooks/{name}</c>); none: polling only.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>How long one HTTP call may take (each attempt).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a call refused with 429 or failing with 5xx is tried again (with jittered backoff, after <c>Retry-After</c>).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first wait between two looks at a long-running task; it doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a long-running task (a video, a prediction, an asset) may take before the attempt fails (retryable).</summary>
    public TimeSpan TaskTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest output downloaded from the provider.</summary>
    public long MaxDownloadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>What the provider charges (in the currency of <c>Generation:Usage</c>), to record each call's cost.</summary>
    public ProviderCosts Cost { get; set; } = new();

    /// <summary>Anything else a provider type needs (a Replicate model version, a Cloudflare account id, a Mux token secret).</summary>
    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The provider's type: <see cref="Type"/>, or its name when none is set.</summary>
    public string TypeOr(string name) => string.IsNullOrWhiteSpace(Type) ? name.ToLowerInvariant() : Type.Trim().ToLowerInvariant();
}
