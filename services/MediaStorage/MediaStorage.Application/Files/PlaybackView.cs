namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// How a client plays an available video, each a signed link valid until <see cref="ExpiresAt"/>: the HLS master playlist
/// (processed uploads), the MP4 file itself (when it is one) and a JPEG thumbnail (when one was made).
/// </summary>
public sealed record PlaybackView(Uri? Hls, Uri? Mp4, Uri? Thumbnail, DateTimeOffset ExpiresAt);
