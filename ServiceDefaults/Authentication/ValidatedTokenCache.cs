using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>
/// A JWT handler that remembers the access tokens it found valid, until they expire and for at most
/// <see cref="MaxAge"/>, so a client that sends the same token on every request pays for its RS256 check and its parsing
/// once rather than on each request (the gateway and every service validate each one). Only valid tokens are kept,
/// keyed by the whole token, at most <see cref="Capacity"/> of them; each request gets its own copy of the identity.
/// The trade-off (docs/decisions/0024-validated-token-cache.md): a signing key withdrawn from identity's JWKS stops
/// being accepted for tokens already seen up to <see cref="MaxAge"/> later.
/// </summary>
public sealed class ValidatedTokenCache : JsonWebTokenHandler, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);
    public const int Capacity = 10_000;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly TimeProvider _time;

    public ValidatedTokenCache(TimeProvider time)
    {
        _time = time;
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = _time.GetUtcNow();
        if (_valid.TryGetValue(token, out Remembered? remembered) && remembered!.Until > now)
        {
            return remembered.Copy();
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && jwt.ValidTo > now.UtcDateTime)
        {
            var until = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) < now + MaxAge ? new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) : now + MaxAge;
            _valid.Set(token, new Remembered(result, until), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until });
        }
        return result;
    }

    public void Dispose() => _valid.Dispose();

    private sealed class Remembered(TokenValidationResult result, DateTimeOffset until)
    {
        private readonly System.Security.Claims.ClaimsIdentity _identity = result.ClaimsIdentity;

        public DateTimeOffset Until { get; } = until;

        /// <summary>A result of its own for this request: the identity is copied, since the request's principal may be added to.</summary>
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = _identity.Clone(),
            SecurityToken = result.SecurityToken,
            Issuer = result.Issuer,
            TokenType = result.TokenType,
        };
    }
}
