using System.Globalization;
using System.Text;

namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Serves one of a processed video's HLS playlists to whoever holds a signed link to it (no other credential: players
/// fetch playlists and segments on their own), rewritten by <see cref="PlaylistRewriter"/> so every playlist it names is
/// a signed link of the same lifetime and every segment a presigned storage URL, on either storage backend.
/// </summary>
public sealed class ReadPlaylist(IFiles files, IObjectStorage storage, IPlaybackSigner signer, PlaybackLinks links)
{
    /// <summary>Playlists are small text files; anything larger is not one of ours.</summary>
    public const int MaxPlaylistBytes = 1024 * 1024;

    public async Task<Result<string>> ExecuteAsync(Guid fileId, string path, string? expires, string? signature, CancellationToken cancellationToken)
    {
        if (signer.Check(fileId, expires, signature) is { } refused)
        {
            return Error.Forbidden(refused);
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(expires!, CultureInfo.InvariantCulture));
        var target = PlaylistRewriter.Resolve("", path);
        if (target is null || !target.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase))
        {
            return Error.NotFound("playlist");
        }
        var file = await files.FindSignedAsync(fileId, cancellationToken);
        if (file is not { Status: FileStatus.Available, HlsPlaylistKey: not null, RenditionPrefix: { } prefix })
        {
            return Error.NotFound("playlist");
        }
        var folder = prefix + PlaybackLinks.HlsFolder;
        await using var content = await storage.GetAsync(folder + target, null, cancellationToken);
        if (content is null || content.Info.Size > MaxPlaylistBytes)
        {
            return Error.NotFound("playlist");
        }
        using var reader = new StreamReader(content.Content, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var query = links.Query(fileId, expiresAt);
        var rewritten = PlaylistRewriter.Rewrite(text, target,
            (uri, _) => $"{uri}?{query}",
            objectPath => storage.PresignGet(folder + objectPath, expiresAt).Url.ToString());
        return rewritten is null ? Error.Unprocessable("playlist_invalid", "The playlist refers to files outside the video's renditions.") : rewritten;
    }
}
