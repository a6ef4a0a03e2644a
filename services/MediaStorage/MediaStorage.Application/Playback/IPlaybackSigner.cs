namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Signs and checks the links to a video's HLS playlists (<c>/api/files/{id}/hls/...?expires=&amp;signature=</c>): one
/// signature over the file and the expiry covers the master playlist and every variant playlist of the file.
/// </summary>
public interface IPlaybackSigner
{
    string Sign(Guid fileId, DateTimeOffset expiresAt);

    /// <summary>Why a link is refused (unsigned, tampered, expired), or null when it holds.</summary>
    string? Check(Guid fileId, string? expires, string? signature);
}
