using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>Tells the options system to rebuild the token server's options when the signing keys change (a rotation reaches a running server).</summary>
internal sealed class SigningKeysChangeTokenSource(SigningKeyStore store) : IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => store.GetChangeToken();
}
