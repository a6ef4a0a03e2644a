namespace AiVideo.Generation.Application.Media;

/// <summary>Narration to speak; with <paramref name="TargetSeconds"/> the audio lasts exactly that long (spoken faster or padded with silence).</summary>
public sealed record SpeechRequest(string Text, double? TargetSeconds = null, string? Voice = null);
