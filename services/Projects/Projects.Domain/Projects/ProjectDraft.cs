namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// What a new project is made from, as the client sent it (names, not parsed values): <see cref="Project.Create"/>
/// checks every field and answers all errors at once, keyed by the field names clients use.
/// </summary>
public sealed record ProjectDraft(
    string? Title,
    string? Prompt,
    string? Description = null,
    int TargetDurationSeconds = 30,
    string? AspectRatio = "16:9",
    string? Style = "cinematic",
    string? Mood = "neutral",
    int SceneCount = 5,
    bool NarrationEnabled = true,
    string? Voice = "en-us",
    bool CaptionsEnabled = true,
    bool CaptionsBurned = true,
    string? CaptionStyle = "classic",
    Guid? MusicFileId = null,
    double MusicVolume = MusicSettings.DefaultVolume,
    bool Watermark = false,
    Guid? CarVariantId = null,
    string? Provider = null);
