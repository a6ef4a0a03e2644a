namespace AiVideo.Generation.Application.Media;

/// <summary>
/// Background music (a local file, looped to the video's length) at <paramref name="Volume"/> (1 = as recorded), ducked
/// under narration unless <paramref name="Duck"/> is false.
/// </summary>
public sealed record MusicBed(string Path, double Volume = 0.3, bool Duck = true);
