using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiVideo.MediaStorage.Application.Playback;

namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>
/// HMAC-SHA256 signatures of playlist links, under a key derived from the storage backend's own secret (the filesystem
/// backend's signing key, or the S3 secret key): every replica of media-api that can presign storage URLs can also sign
/// and check playlist links, and no further secret is needed.
/// </summary>
public sealed class PlaybackSigner(IOptions<StorageOptions> options, TimeProvider time) : IPlaybackSigner
{
    private readonly byte[] _key = HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(options.Value.SigningKey ?? options.Value.SecretKey
            ?? throw new InvalidOperationException("Playlist links are signed with a key derived from Storage:SigningKey or Storage:SecretKey; neither is set.")),
        "aivideo/media/hls-playlists"u8);

    public string Sign(Guid fileId, DateTimeOffset expiresAt) => Compute(fileId, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public string? Check(Guid fileId, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || string.IsNullOrEmpty(signature))
        {
            return "The link is not signed.";
        }
        var expected = Compute(fileId, expires!);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return "The signature does not match this link.";
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds) < time.GetUtcNow() ? "The link has expired." : null;
    }

    private string Compute(Guid fileId, string expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{fileId:N}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
