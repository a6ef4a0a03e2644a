namespace AiVideo.Generation.Application.Media;

/// <summary>Background music (a local file, looped to the video's length) at <paramref name="Volume"/> (1 = as recorded), ducked under narration.</summary>
public sealed record MusicBed(string Path, double Volume = 0.3);
