using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>
/// The filesystem backend's presigned URLs: an HMAC-SHA256 over the method, the path, the expiry and what the request
/// may carry (its exact length and type for a PUT, the download name for a GET), like S3's query-string signatures.
/// </summary>
public sealed class FileSystemUrlSigner(IOptions<StorageOptions> options, TimeProvider time)
{
    public const string Expires = "X-Expires";
    public const string Length = "X-Length";
    public const string Type = "X-Type";
    public const string FileName = "X-Filename";
    public const string Signature = "X-Signature";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.SigningKey is { Length: >= 32 } key
        ? key
        : throw new InvalidOperationException("Storage:SigningKey (at least 32 characters) is required by the filesystem storage backend."));

    public Uri Sign(string method, string path, DateTimeOffset expiresAt, long? length = null, string? contentType = null, string? fileName = null)
    {
        var expires = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = new StringBuilder($"?{Expires}={expires}");
        if (length is not null)
        {
            query.Append($"&{Length}={length}");
        }
        if (contentType is not null)
        {
            query.Append($"&{Type}={Uri.EscapeDataString(contentType)}");
        }
        if (fileName is not null)
        {
            query.Append($"&{FileName}={Uri.EscapeDataString(fileName)}");
        }
        query.Append($"&{Signature}={Compute(method, path, expires, length?.ToString(CultureInfo.InvariantCulture), contentType, fileName)}");
        var origin = (options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Storage:PublicBaseUrl is required by the filesystem storage backend.")).TrimEnd('/');
        return new Uri(origin + path + query);
    }

    /// <summary>Why a presigned request is refused (expired, tampered, another method), or null when it is good.</summary>
    public string? Check(string method, string path, Func<string, string?> query)
    {
        if (!long.TryParse(query(Expires), CultureInfo.InvariantCulture, out var expires) || query(Signature) is not { } signature)
        {
            return "The URL is not signed.";
        }
        var expected = Compute(method, path, query(Expires)!, query(Length), query(Type), query(FileName));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return "The signature does not match this request.";
        }
        return DateTimeOffset.FromUnixTimeSeconds(expires) < time.GetUtcNow() ? "The URL has expired." : null;
    }

    private string Compute(string method, string path, string expires, string? length, string? contentType, string? fileName)
    {
        var payload = string.Join('\n', method.ToUpperInvariant(), path, expires, length ?? "", contentType ?? "", fileName ?? "");
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
