namespace AiVideo.Projects.Api.Endpoints;

/// <summary>
/// <c>POST /api/projects</c>'s body: the project's words and settings; what is left out takes the defaults. A
/// <c>provider</c> (one of <c>GET /api/providers</c>) makes every step it can; the defaults make the rest.
/// </summary>
public sealed record CreateProjectRequest(
    string? Title,
    string? Prompt,
    string? Description,
    int? TargetDuration,
    string? AspectRatio,
    string? Style,
    string? Mood,
    int? SceneCount,
    NarrationRequest? Narration,
    CaptionsRequest? Captions,
    MusicRequest? Music,
    bool? Watermark,
    Guid? CarVariantId,
    string? Provider = null);

/// <summary>Narration on or off, and its voice (an espeak-ng name such as <c>en-us</c>) or language (<c>en-US</c>).</summary>
public sealed record NarrationRequest(bool? Enabled, string? Voice, string? Language);

/// <summary>Captions on or off, burned in (else WebVTT), and their style.</summary>
public sealed record CaptionsRequest(bool? Enabled, bool? Burned, string? Style);

/// <summary>The background music: a company audio file and its volume (0 to 1).</summary>
public sealed record MusicRequest(Guid? FileId, double? Volume);
