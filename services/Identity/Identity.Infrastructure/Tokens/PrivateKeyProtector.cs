using System.Security.Cryptography;

namespace AiVideo.Identity.Infrastructure.Tokens;

/// <summary>Encrypts private signing keys at rest with AES-256-GCM under the configured key-encryption key: nonce | tag | ciphertext.</summary>
public sealed class PrivateKeyProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public PrivateKeyProtector(IOptions<TokenIssuerOptions> options) => _key = ReadKey(options.Value.SigningKeys.EncryptionKey);

    /// <summary>The configured key-encryption key's 32 bytes; anything else stops start-up with what to configure.</summary>
    public static byte[] ReadKey(string configured)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured);
        }
        catch (FormatException)
        {
            key = [];
        }
        return key.Length == 32
            ? key
            : throw new InvalidOperationException("Identity:SigningKeys:EncryptionKey must be a base64-encoded 256-bit key (e.g. `openssl rand -base64 32`).");
    }

    public byte[] Protect(byte[] plaintext)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    public byte[] Unprotect(byte[] protectedBytes)
    {
        var plaintext = new byte[protectedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(protectedBytes.AsSpan(0, NonceSize), protectedBytes.AsSpan(NonceSize + TagSize), protectedBytes.AsSpan(NonceSize, TagSize), plaintext);
        return plaintext;
    }
}
