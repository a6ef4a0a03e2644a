namespace AiVideo.MediaStorage.Domain.Media;

/// <summary>The content types the platform stores, their kinds and file extensions, and the aliases clients send for them.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, (MediaKind Kind, string Extension)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = (MediaKind.Image, "png"),
        ["image/jpeg"] = (MediaKind.Image, "jpg"),
        ["image/webp"] = (MediaKind.Image, "webp"),
        ["image/gif"] = (MediaKind.Image, "gif"),
        ["video/mp4"] = (MediaKind.Video, "mp4"),
        ["video/quicktime"] = (MediaKind.Video, "mov"),
        ["video/webm"] = (MediaKind.Video, "webm"),
        ["audio/mpeg"] = (MediaKind.Audio, "mp3"),
        ["audio/wav"] = (MediaKind.Audio, "wav"),
        ["audio/mp4"] = (MediaKind.Audio, "m4a"),
        ["audio/ogg"] = (MediaKind.Audio, "ogg"),
        ["font/ttf"] = (MediaKind.Font, "ttf"),
        ["font/otf"] = (MediaKind.Font, "otf"),
        ["font/woff"] = (MediaKind.Font, "woff"),
        ["font/woff2"] = (MediaKind.Font, "woff2"),
        ["model/gltf-binary"] = (MediaKind.Model, "glb"),
        ["text/vtt"] = (MediaKind.Captions, "vtt"),
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpg"] = "image/jpeg",
        ["image/pjpeg"] = "image/jpeg",
        ["audio/mp3"] = "audio/mpeg",
        ["audio/x-wav"] = "audio/wav",
        ["audio/wave"] = "audio/wav",
        ["audio/vnd.wave"] = "audio/wav",
        ["audio/x-m4a"] = "audio/mp4",
        ["audio/m4a"] = "audio/mp4",
        ["video/mov"] = "video/quicktime",
        ["application/x-font-ttf"] = "font/ttf",
    };

    /// <summary>The canonical form of a declared type (parameters dropped, aliases resolved), or null when the platform does not store it.</summary>
    public static string? Normalize(string? contentType)
    {
        var bare = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        var canonical = Aliases.GetValueOrDefault(bare, bare);
        return Known.ContainsKey(canonical) ? canonical : null;
    }

    public static MediaKind KindOf(string contentType) => Known[contentType].Kind;

    public static string ExtensionOf(string contentType) => Known[contentType].Extension;

    /// <summary>
    /// Whether the bytes agree with the declaration. MP4, QuickTime and M4A are one container family (ISO BMFF): a video
    /// declared as MP4 or QuickTime may carry the other's brand, and an M4A may carry any video brand (encoders often
    /// write <c>isom</c> or <c>mp42</c> for audio alone); a video declared as MP4 with an audio-only brand is refused.
    /// </summary>
    public static bool Agree(string declared, string detected) =>
        declared == detected
        || (IsIsoVideo(declared) && IsIsoVideo(detected))
        || (declared == "audio/mp4" && IsIsoVideo(detected));

    private static bool IsIsoVideo(string type) => type is "video/mp4" or "video/quicktime";
}
