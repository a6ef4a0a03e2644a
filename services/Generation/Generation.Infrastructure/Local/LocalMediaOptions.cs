namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>
/// Section <c>Providers:Local</c>: where the offline media providers find their tools and font, how long each tool may
/// run, and how they encode. Checked at start-up (<see cref="LocalMediaOptionsValidator"/>): a missing tool or font
/// stops the service with a message instead of failing the first job.
/// </summary>
public sealed class LocalMediaOptions
{
    public const string SectionName = "Providers:Local";

    /// <summary>The folder holding <c>ffmpeg</c> and <c>ffprobe</c>; empty: found on <c>PATH</c>.</summary>
    public string FfmpegFolder { get; set; } = "";

    /// <summary>The espeak-ng executable (a name found on <c>PATH</c>, or a path).</summary>
    public string EspeakPath { get; set; } = "espeak-ng";

    /// <summary>The default font of scene titles and burned-in captions (a brand font overrides it per request).</summary>
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>The espeak-ng voice used when a request names none (e.g. <c>en-us</c>, <c>de</c>, <c>fr</c>).</summary>
    public string DefaultVoice { get; set; } = "en-us";

    /// <summary>The natural speech rate (words per minute) narration is spoken at when it fits its scene.</summary>
    public int SpeechWordsPerMinute { get; set; } = 175;

    /// <summary>The fastest rate narration may be sped up to before it is cut.</summary>
    public int MaxSpeechWordsPerMinute { get; set; } = 400;

    /// <summary>The x264 preset of every encode (clips, final pass, HLS).</summary>
    public string X264Preset { get; set; } = "veryfast";

    /// <summary>The x264 constant rate factor of clips and the final pass (lower is better and larger; 18–23 is usual).</summary>
    public int VideoQuality { get; set; } = 20;

    /// <summary>Where per-job workspaces are created.</summary>
    public string WorkspaceRoot { get; set; } = Path.Combine(Path.GetTempPath(), "aivideo-generation");

    /// <summary>How many scenes the local text-to-video maker renders at once.</summary>
    public int MaxParallelScenes { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The longest an ffprobe may take (a file it cannot read fails well before).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one espeak-ng run may take.</summary>
    public TimeSpan SpeechTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest one ffmpeg run (a clip, a composition, a transcode) may take.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
