using System.Text.RegularExpressions;

namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// The files generation-api may store beside a video upload, relative to its folder: the HLS ladder under <c>hls/</c>
/// (a master playlist, one folder per variant with its playlist and segments) and <c>thumbnail.jpg</c>. Each path maps
/// to the content type it is stored with; anything else is refused.
/// </summary>
public static partial class RenditionPaths
{
    public const string Thumbnail = "thumbnail.jpg";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".m3u8"] = "application/vnd.apple.mpegurl",
        [".ts"] = "video/mp2t",
        [".m4s"] = "video/iso.segment",
        [".mp4"] = "video/mp4",
        [".vtt"] = "text/vtt",
        [".jpg"] = "image/jpeg",
    };

    /// <summary>The content type the path is stored with, or null when the path is not one a rendition may have.</summary>
    public static string? ContentTypeOf(string path) =>
        path == Thumbnail || HlsFile().IsMatch(path) ? ContentTypes[Path.GetExtension(path)] : null;

    [GeneratedRegex(@"^hls/([A-Za-z0-9_-]{1,32}/)?[A-Za-z0-9_-]{1,64}\.(m3u8|ts|m4s|mp4|vtt)$")]
    private static partial Regex HlsFile();
}
