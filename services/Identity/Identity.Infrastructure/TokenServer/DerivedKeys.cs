using System.Security.Cryptography;
using System.Text;
using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// The token server's own symmetric keys, derived (HKDF-SHA256) from the configured key-encryption key: one signs and one
/// encrypts the tokens only identity-api reads back (refresh tokens, authorization codes), so they survive restarts and
/// signing-key rotations and are the same on every replica. Changing <c>Identity:SigningKeys:EncryptionKey</c> ends every
/// session, as it makes the stored signing keys unreadable too.
/// </summary>
internal sealed class DerivedKeys
{
    public DerivedKeys(IOptions<TokenIssuerOptions> options)
    {
        var master = PrivateKeyProtector.ReadKey(options.Value.SigningKeys.EncryptionKey);
        Signing = new SymmetricSecurityKey(Derive(master, "aivideo identity internal token signing")) { KeyId = "internal-signing" };
        Encryption = new SymmetricSecurityKey(Derive(master, "aivideo identity internal token encryption")) { KeyId = "internal-encryption" };
    }

    public SymmetricSecurityKey Signing { get; }

    public SymmetricSecurityKey Encryption { get; }

    private static byte[] Derive(byte[] master, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));
}
