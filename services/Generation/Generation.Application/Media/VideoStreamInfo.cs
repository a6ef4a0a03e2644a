namespace AiVideo.Generation.Application.Media;

/// <summary>A video stream: codec (e.g. <c>h264</c>), profile, pixel format, frame size and average frame rate.</summary>
public sealed record VideoStreamInfo(string Codec, string? Profile, string? PixelFormat, int Width, int Height, double FrameRate, double DurationSeconds);
