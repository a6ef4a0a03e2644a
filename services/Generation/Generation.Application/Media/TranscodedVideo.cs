namespace AiVideo.Generation.Application.Media;

/// <summary>
/// An uploaded video made playable: what the source holds, a JPEG thumbnail, and an HLS ladder in
/// <paramref name="HlsFolder"/> (master playlist, one folder per variant with its playlist and segments).
/// </summary>
public sealed record TranscodedVideo(MediaInfo Source, string ThumbnailPath, string HlsFolder, string MasterPlaylistPath, IReadOnlyList<HlsVariant> Variants);
