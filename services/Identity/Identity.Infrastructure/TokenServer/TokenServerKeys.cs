using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Gives the token server its keys each time its options are built: every published RSA signing key from the key store
/// (what the JWKS lists), and the derived symmetric keys for the tokens only identity-api reads back. The options are
/// rebuilt whenever the key store changes (<see cref="SigningKeysChangeTokenSource"/>). Access and ID tokens are signed
/// with the store's current key at issue time (<see cref="SignWithCurrentKey"/>), not with whichever key the options list first.
/// </summary>
internal sealed class TokenServerKeys(SigningKeyStore store, DerivedKeys derived) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        if (!store.IsLoaded)
        {
            // The options were asked for before the host started the key maintenance (which loads the keys first thing).
            store.EnsureCurrentAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        options.SigningCredentials.Add(new SigningCredentials(derived.Signing, SecurityAlgorithms.HmacSha256));
        options.SigningCredentials.AddRange(store.Published.Select(key => key.Credentials));
        options.EncryptionCredentials.Add(new EncryptingCredentials(derived.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
