namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>Checks at start-up that the local providers can run: tools found and executable, font present, sane limits.</summary>
internal sealed class LocalMediaOptionsValidator : IValidateOptions<LocalMediaOptions>
{
    private static readonly string[] Presets =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"];

    public ValidateOptionsResult Validate(string? name, LocalMediaOptions options)
    {
        var failures = new List<string>();
        foreach (var tool in new[] { "ffmpeg", "ffprobe" })
        {
            if (LocalTools.Locate(LocalTools.InFolder(options.FfmpegFolder, tool)) is null)
            {
                failures.Add($"{tool} was not found ({LocalMediaOptions.SectionName}:FfmpegFolder is '{options.FfmpegFolder}'; empty means PATH). Install ffmpeg.");
            }
        }
        if (LocalTools.Locate(options.EspeakPath) is null)
        {
            failures.Add($"espeak-ng was not found at '{options.EspeakPath}' ({LocalMediaOptions.SectionName}:EspeakPath). Install espeak-ng.");
        }
        if (!File.Exists(options.FontPath))
        {
            failures.Add($"The font '{options.FontPath}' ({LocalMediaOptions.SectionName}:FontPath) does not exist. Install fonts-dejavu or point to a TrueType font.");
        }
        if (string.IsNullOrWhiteSpace(options.DefaultVoice))
        {
            failures.Add($"{LocalMediaOptions.SectionName}:DefaultVoice is empty.");
        }
        if (options.SpeechWordsPerMinute is < 80 or > 450 || options.MaxSpeechWordsPerMinute < options.SpeechWordsPerMinute || options.MaxSpeechWordsPerMinute > 450)
        {
            failures.Add($"{LocalMediaOptions.SectionName}:SpeechWordsPerMinute is 80–450 and MaxSpeechWordsPerMinute between it and 450.");
        }
        if (!Presets.Contains(options.X264Preset))
        {
            failures.Add($"{LocalMediaOptions.SectionName}:X264Preset is one of {string.Join(", ", Presets)}.");
        }
        if (options.VideoQuality is < 0 or > 51)
        {
            failures.Add($"{LocalMediaOptions.SectionName}:VideoQuality is an x264 CRF, 0–51.");
        }
        if (options.MaxParallelScenes < 1)
        {
            failures.Add($"{LocalMediaOptions.SectionName}:MaxParallelScenes is at least 1.");
        }
        if (options.ProbeTimeout <= TimeSpan.Zero || options.SpeechTimeout <= TimeSpan.Zero || options.RenderTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{LocalMediaOptions.SectionName}: ProbeTimeout, SpeechTimeout and RenderTimeout are positive.");
        }
        if (string.IsNullOrWhiteSpace(options.WorkspaceRoot))
        {
            failures.Add($"{LocalMediaOptions.SectionName}:WorkspaceRoot is empty.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
