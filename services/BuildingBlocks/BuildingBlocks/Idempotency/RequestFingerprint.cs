using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// An HMAC-SHA256, keyed with <see cref="IdempotencyOptions.FingerprintKey"/>, of what makes two requests "the same":
/// method, path, query and body (the body is buffered and rewound). Keyed, so that the stored fingerprint of a body
/// cannot be tested against guesses of its content by anyone without the key.
/// </summary>
internal static class RequestFingerprint
{
    public static async Task<string> ComputeAsync(HttpRequest request, string key, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(key));
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));

        request.EnableBuffering();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
