namespace AiVideo.Generation.Application.Media;

/// <summary>
/// Spoken narration (a WAV file): its whole length, and where in it the voice starts and ends (for caption timing).
/// <paramref name="Truncated"/> is true when the text could not be fitted even at the fastest speech rate and was cut.
/// </summary>
public sealed record SpokenNarration(string Path, double DurationSeconds, double SpeechStartSeconds, double SpeechEndSeconds, bool Truncated);
