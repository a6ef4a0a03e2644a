using System.Globalization;
using AiVideo.MediaStorage.Application.Files;

namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Makes the signed playback links of an available video: the HLS master playlist through media-api's playlist route
/// (on the origin the client called), the MP4 and the thumbnail as storage's own presigned GETs.
/// </summary>
public sealed class PlaybackLinks(IObjectStorage storage, IPlaybackSigner signer, IPublicOrigin origin, IOptions<MediaOptions> options, TimeProvider time)
{
    public const string HlsFolder = "hls/";

    public PlaybackView? For(StoredFile file)
    {
        if (file.Status != FileStatus.Available || file.Kind != MediaKind.Video)
        {
            return null;
        }
        var expiresAt = time.GetUtcNow() + options.Value.PlaybackUrlLifetime;
        var hls = file.HlsPlaylistKey is { } playlist && file.RenditionPrefix is { } prefix && playlist.StartsWith(prefix + HlsFolder, StringComparison.Ordinal)
            ? PlaylistUrl(file.Id, playlist[(prefix.Length + HlsFolder.Length)..], expiresAt)
            : null;
        var mp4 = file.ContentType == "video/mp4" ? storage.PresignGet(file.StorageKey, expiresAt).Url : null;
        var thumbnail = file.ThumbnailKey is { } key ? storage.PresignGet(key, expiresAt).Url : null;
        return new PlaybackView(hls, mp4, thumbnail, expiresAt);
    }

    /// <summary>The link to one of the file's playlists (<paramref name="path"/> under its <c>hls/</c> folder).</summary>
    public Uri PlaylistUrl(Guid fileId, string path, DateTimeOffset expiresAt)
    {
        var relative = $"/api/files/{fileId:D}/hls/{path}?{Query(fileId, expiresAt)}";
        return origin.Current is { } current ? new Uri(current, relative) : new Uri(relative, UriKind.Relative);
    }

    /// <summary>The query string that signs every playlist link of the file until <paramref name="expiresAt"/>.</summary>
    public string Query(Guid fileId, DateTimeOffset expiresAt) =>
        $"expires={expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}&signature={signer.Sign(fileId, expiresAt)}";
}
