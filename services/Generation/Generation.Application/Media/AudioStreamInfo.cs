namespace AiVideo.Generation.Application.Media;

/// <summary>An audio stream: codec (e.g. <c>aac</c>), sample rate and channel count.</summary>
public sealed record AudioStreamInfo(string Codec, int SampleRate, int Channels, double DurationSeconds);
