namespace AiVideo.Generation.Application.Media;

/// <summary>
/// A text-to-video job (the <c>/v1/videos</c> API): a prompt, a length, a frame size and an optional reference image (a
/// local file). <paramref name="Narrate"/> adds spoken narration in <paramref name="Voice"/> where the provider can.
/// <paramref name="RemixOf"/> is the provider's id of a video it made that this one remixes (with the prompt as the change).
/// </summary>
public sealed record TextToVideoRequest(
    string Prompt,
    double Seconds,
    int Width,
    int Height,
    string? ReferenceImagePath = null,
    string? Style = null,
    string? Mood = null,
    bool Narrate = true,
    string? Voice = null,
    string? RemixOf = null);
