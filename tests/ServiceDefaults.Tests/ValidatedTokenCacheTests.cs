using System.Security.Claims;
using System.Security.Cryptography;
using AiVideo.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.ServiceDefaults.Tests;

/// <summary>
/// Validated access tokens are remembered: asked again, the cache answers without checking the signature (shown by
/// asking with parameters that hold no key at all), with an identity of the request's own; never past the token's expiry
/// or the cache's maximum age, and a token that failed is checked again every time.
/// </summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly TestClock _clock = new();
    private readonly ValidatedTokenCache _cache;

    public ValidatedTokenCacheTests() => _cache = new ValidatedTokenCache(_clock);

    [Fact]
    public async Task A_token_found_valid_is_valid_again_without_its_signature_being_checked_and_each_answer_has_its_own_identity()
    {
        var token = Issue(TimeSpan.FromMinutes(15));

        var first = await _cache.ValidateTokenAsync(token, Parameters(_key));
        var second = await _cache.ValidateTokenAsync(token, Parameters());
        var withoutCache = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, Parameters());

        first.IsValid.Should().BeTrue();
        withoutCache.IsValid.Should().BeFalse("with no key the signature cannot be checked");
        second.IsValid.Should().BeTrue("the cache remembered the token");
        second.ClaimsIdentity.FindFirst("sub")!.Value.Should().Be("user-1");
        second.ClaimsIdentity.Should().NotBeSameAs(first.ClaimsIdentity);
        second.ClaimsIdentity.AddClaim(new Claim("added", "by one request"));
        (await _cache.ValidateTokenAsync(token, Parameters())).ClaimsIdentity.FindFirst("added").Should().BeNull("what one request adds stays in it");
    }

    [Fact]
    public async Task A_remembered_token_is_checked_again_once_the_cache_s_maximum_age_has_passed()
    {
        var token = Issue(TimeSpan.FromMinutes(15));
        (await _cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();

        _clock.Advance(ValidatedTokenCache.MaxAge + TimeSpan.FromSeconds(1));

        (await _cache.ValidateTokenAsync(token, Parameters())).IsValid.Should().BeFalse("the signature is checked again, and no key is given");
        (await _cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task A_token_is_not_remembered_past_its_expiry()
    {
        var token = Issue(TimeSpan.FromSeconds(61));
        (await _cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue();

        _clock.Advance(TimeSpan.FromSeconds(62));

        (await _cache.ValidateTokenAsync(token, Parameters())).IsValid.Should().BeFalse("its expiry has passed, so the cache no longer answers for it");
    }

    [Fact]
    public async Task A_token_that_failed_is_checked_again_every_time()
    {
        var token = Issue(TimeSpan.FromMinutes(15));
        var stranger = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" };

        (await _cache.ValidateTokenAsync(token, Parameters(stranger))).IsValid.Should().BeFalse();
        (await _cache.ValidateTokenAsync(token, Parameters(_key))).IsValid.Should().BeTrue("a failure is not remembered");
    }

    public void Dispose() => _cache.Dispose();

    private string Issue(TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://identity.test/",
        Audience = "aivideo-api",
        Subject = new ClaimsIdentity([new Claim("sub", "user-1"), new Claim("company_id", "company-1")]),
        IssuedAt = DateTime.UtcNow,
        NotBefore = DateTime.UtcNow.AddSeconds(-1),
        Expires = DateTime.UtcNow + lifetime,
        TokenType = "at+jwt",
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    private static TokenValidationParameters Parameters(params SecurityKey[] keys) => new()
    {
        ValidIssuer = "https://identity.test/",
        ValidAudience = "aivideo-api",
        ValidTypes = ["at+jwt"],
        IssuerSigningKeys = keys,
        ClockSkew = TimeSpan.Zero,
    };
}
