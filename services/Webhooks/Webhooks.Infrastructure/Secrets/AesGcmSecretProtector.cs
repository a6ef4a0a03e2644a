using System.Security.Cryptography;
using AiVideo.Webhooks.Application.Outbound;

namespace AiVideo.Webhooks.Infrastructure.Secrets;

/// <summary>
/// Encrypts endpoint signing secrets with AES-256-GCM: <c>version (1) | key id (4) | nonce (12) | tag (16) | ciphertext</c>.
/// The endpoint's id is the associated data, so a secret copied onto another endpoint's row does not decrypt there.
/// The key id (the first bytes of the key's SHA-256) picks the key among the current and previous ones.
/// The keys are read when first needed, so a service that never touches secrets starts without them.
/// </summary>
public sealed class AesGcmSecretProtector(IOptions<SecretProtectionOptions> options) : ISecretProtector
{
    private const byte Version = 1;
    private const int KeyIdSize = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + KeyIdSize + NonceSize + TagSize;

    private readonly Lazy<KeyRing> _keys = new(() => KeyRing.From(options.Value));

    public byte[] Protect(SigningSecret secret, Guid endpointId)
    {
        var key = _keys.Value.Current;
        var plaintext = secret.Key;
        var output = new byte[HeaderSize + plaintext.Length];
        output[0] = Version;
        key.Id.CopyTo(output.AsSpan(1, KeyIdSize));
        var nonce = output.AsSpan(1 + KeyIdSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(HeaderSize), output.AsSpan(1 + KeyIdSize + NonceSize, TagSize), endpointId.ToByteArray(bigEndian: true));
        CryptographicOperations.ZeroMemory(plaintext);
        return output;
    }

    public SigningSecret Unprotect(byte[] protectedSecret, Guid endpointId)
    {
        if (protectedSecret.Length <= HeaderSize || protectedSecret[0] != Version)
        {
            throw new CryptographicException("The stored signing secret is not in a format this service writes.");
        }
        var key = _keys.Value.Find(protectedSecret.AsSpan(1, KeyIdSize))
            ?? throw new CryptographicException(
                "The stored signing secret was encrypted with a key that is neither Webhooks:Secrets:EncryptionKey nor one of Webhooks:Secrets:PreviousEncryptionKeys.");
        var plaintext = new byte[protectedSecret.Length - HeaderSize];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(
                protectedSecret.AsSpan(1 + KeyIdSize, NonceSize), protectedSecret.AsSpan(HeaderSize), protectedSecret.AsSpan(1 + KeyIdSize + NonceSize, TagSize),
                plaintext, endpointId.ToByteArray(bigEndian: true));
            return SigningSecret.FromKey(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private sealed record Key(byte[] Id, byte[] Bytes);

    private sealed record KeyRing(Key Current, IReadOnlyList<Key> All)
    {
        public Key? Find(ReadOnlySpan<byte> id)
        {
            foreach (var key in All)
            {
                if (id.SequenceEqual(key.Id))
                {
                    return key;
                }
            }
            return null;
        }

        public static KeyRing From(SecretProtectionOptions options)
        {
            var current = Read(options.EncryptionKey, "Webhooks:Secrets:EncryptionKey");
            var previous = options.PreviousEncryptionKeys.Select((k, i) => Read(k, $"Webhooks:Secrets:PreviousEncryptionKeys:{i}"));
            return new KeyRing(current, [current, .. previous]);
        }

        private static Key Read(string configured, string name)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(configured);
            }
            catch (FormatException)
            {
                bytes = [];
            }
            return bytes.Length == 32
                ? new Key(SHA256.HashData(bytes)[..KeyIdSize], bytes)
                : throw new InvalidOperationException($"{name} must be a base64-encoded 256-bit key (e.g. `openssl rand -base64 32`).");
        }
    }
}
