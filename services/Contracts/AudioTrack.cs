namespace AiVideo.Contracts;

/// <summary>An audio track under the final video (an audio layer): a file at a volume (0 to 1), ducked under narration or not, from a start time.</summary>
public sealed record AudioTrack(Guid FileId, double Volume, bool Ducking, double StartSeconds);
