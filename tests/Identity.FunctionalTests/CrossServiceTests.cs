using System.Security.Cryptography;
using AiVideo.Identity.Infrastructure.Tokens;
using AiVideo.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>Tokens as another service sees them: it knows identity-api only by its URL (Identity:Url).</summary>
public sealed class CrossServiceTests(CrossServiceFixture services) : IClassFixture<CrossServiceFixture>
{
    [Fact]
    public async Task Another_service_accepts_identitys_tokens_by_discovering_its_keys()
    {
        var user = await services.IdentityClient.RegisterAsync();

        var response = await services.GetUsageAsync(user.AccessToken);

        await IdentityClient.Expect(response, HttpStatusCode.OK);
        (await IdentityClient.JsonAsync(response)).GetProperty("companyId").GetGuid().Should().Be(user.User.CompanyId!.Value);
    }

    [Fact]
    public async Task Discovery_names_the_configured_issuers_addresses_whatever_host_the_request_names()
    {
        var forgeries = new Dictionary<string, Action<HttpRequestMessage>>
        {
            ["Host"] = request => request.Headers.Host = "attacker.example",
            ["X-Forwarded-Host"] = request => request.Headers.Add("X-Forwarded-Host", "attacker.example"),
            ["Forwarded"] = request => request.Headers.Add("Forwarded", "host=attacker.example;proto=https"),
        };

        foreach (var (header, forge) in forgeries)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
            forge(request);
            var discovery = await IdentityClient.JsonAsync(await services.IdentityClient.Http.SendAsync(request));

            discovery.GetProperty("issuer").GetString().Should().Be(IdentitySettings.Issuer, header);
            foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "jwks_uri" })
            {
                discovery.GetProperty(endpoint).GetString().Should().StartWith(IdentitySettings.Issuer + "/", $"{endpoint} with a forged {header}");
            }
        }
    }

    [Fact]
    public async Task Forged_expired_and_misaddressed_tokens_are_refused_by_another_service()
    {
        var user = await services.IdentityClient.RegisterAsync();
        await IdentityClient.Expect(await services.GetUsageAsync(user.AccessToken), HttpStatusCode.OK);
        var realKey = services.Identity.Services.GetRequiredService<SigningKeyStore>().Current;
        using var otherRsa = RSA.Create(2048);
        var otherKey = new RsaSecurityKey(otherRsa) { KeyId = realKey.KeyId };

        var forged = new Dictionary<string, string>
        {
            ["signed by another key"] = Sign(user, new SigningCredentials(otherKey, SecurityAlgorithms.RsaSha256)),
            ["expired"] = Sign(user, realKey.Credentials, expires: DateTime.UtcNow.AddMinutes(-5)),
            ["wrong issuer"] = Sign(user, realKey.Credentials, issuer: "https://evil.example"),
            ["wrong audience"] = Sign(user, realKey.Credentials, audience: "someone-else"),
            ["not an access token (typ JWT)"] = Sign(user, realKey.Credentials, type: "JWT"),
            ["alg none"] = $"{Jwt.Encode("""{"alg":"none","typ":"at+jwt"}""")}.{user.AccessToken.Split('.')[1]}.",
            ["tampered payload"] = Tamper(user.AccessToken),
            ["garbage"] = "not.a.token",
        };

        foreach (var (why, token) in forged)
        {
            var response = await services.GetUsageAsync(token);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, why);
        }
        (await services.GetUsageAsync(null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_service_gets_cached_service_tokens_that_internal_endpoints_accept_and_user_tokens_do_not_pass()
    {
        var tokens = services.Media.Services.GetRequiredService<ServiceTokenClient>();
        var user = await services.IdentityClient.RegisterAsync();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        second.Should().Be(first, "the token is cached until shortly before it expires");
        Jwt.Claims(first)["scope"].Should().Be("internal");
        (await services.IdentityClient.PostAsync("/internal/signing-keys/rotate", null, user.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await services.IdentityClient.PostAsync("/internal/signing-keys/rotate", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await services.GetUsageAsync(first)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a service token speaks for no company");
    }

    [Fact]
    public async Task After_a_key_rotation_old_and_new_tokens_both_validate_at_another_service()
    {
        var user = await services.IdentityClient.RegisterAsync();
        await IdentityClient.Expect(await services.GetUsageAsync(user.AccessToken), HttpStatusCode.OK);
        var oldKid = Jwt.Header(user.AccessToken).GetProperty("kid").GetString();
        var operatorToken = (await IdentityClient.JsonAsync(await services.IdentityClient.TokenAsync(
            new() { ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = Scopes.SigningKeys }, ("operator", IdentitySettings.OperatorSecret))))
            .GetProperty("access_token").GetString()!;

        var rotated = await services.IdentityClient.PostAsync("/internal/signing-keys/rotate", null, operatorToken);
        await IdentityClient.Expect(rotated, HttpStatusCode.OK);
        var newKid = (await IdentityClient.JsonAsync(rotated)).GetProperty("keyId").GetString();
        var fresh = await services.IdentityClient.SignInAsync(user.User.Email);

        newKid.Should().NotBe(oldKid);
        Jwt.Header(fresh.AccessToken).GetProperty("kid").GetString().Should().Be(newKid);
        var published = (await IdentityClient.JsonAsync(await services.IdentityClient.GetAsync("/.well-known/jwks.json")))
            .GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        published.Should().Contain([oldKid, newKid]);
        await Eventually.True(async () => (await services.GetUsageAsync(fresh.AccessToken)).StatusCode == HttpStatusCode.OK,
            "the other service fetched the new key when it first saw its key id", TimeSpan.FromSeconds(15));
        (await services.GetUsageAsync(user.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK, "the old key stays until its tokens expire");
    }

    [Fact]
    public async Task An_api_key_is_created_exchanged_used_revoked_and_then_refused()
    {
        var admin = await services.IdentityClient.RegisterAsync();
        var created = await services.IdentityClient.PostAsync("/api/api-keys",
            new { name = "Render farm", scopes = new[] { "media:read", "projects:read" }, rateLimitPerMinute = 30, rateLimitPerHour = 600 }, admin.AccessToken);
        await IdentityClient.Expect(created, HttpStatusCode.Created);
        var key = await IdentityClient.JsonAsync(created);
        var secret = key.GetProperty("secret").GetString()!;
        var keyId = key.GetProperty("key").GetProperty("id").GetGuid();

        var exchanged = await ExchangeAsync(secret);
        await IdentityClient.Expect(exchanged, HttpStatusCode.OK);
        var token = await IdentityClient.JsonAsync(exchanged);
        token.GetProperty("scope").GetString().Should().Be("media:read projects:read");
        token.GetProperty("rate_limit_per_minute").GetInt32().Should().Be(30);
        token.GetProperty("rate_limit_per_hour").GetInt32().Should().Be(600);
        token.GetProperty("expires_in").GetInt32().Should().Be(300);
        var accessToken = token.GetProperty("access_token").GetString()!;
        Jwt.Claims(accessToken)["api_key_id"].Should().Be(keyId.ToString());
        Jwt.Claims(accessToken)["company_id"].Should().Be(admin.User.CompanyId.ToString());
        await IdentityClient.Expect(await services.GetUsageAsync(accessToken), HttpStatusCode.OK);

        await IdentityClient.Expect(await services.IdentityClient.SendAsync(HttpMethod.Delete, $"/api/api-keys/{keyId}", null, admin.AccessToken), HttpStatusCode.NoContent);

        var refused = await ExchangeAsync(secret);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(refused)).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task A_key_without_the_endpoints_scope_is_refused_by_the_service()
    {
        var admin = await services.IdentityClient.RegisterAsync();
        var created = await IdentityClient.JsonAsync(await services.IdentityClient.PostAsync("/api/api-keys",
            new { name = "Projects only", scopes = new[] { "projects:read" } }, admin.AccessToken));
        var token = await IdentityClient.JsonAsync(await ExchangeAsync(created.GetProperty("secret").GetString()!));

        (await services.GetUsageAsync(token.GetProperty("access_token").GetString())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private Task<HttpResponseMessage> ExchangeAsync(string apiKey) => services.IdentityClient.TokenAsync(
        new() { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = apiKey }, ("gateway", IdentitySettings.GatewaySecret));

    private static string Sign(AuthResult user, SigningCredentials credentials, string issuer = IdentitySettings.Issuer, string audience = IdentitySettings.Audience,
        DateTime? expires = null, string type = "at+jwt")
    {
        var claims = Jwt.Claims(user.AccessToken).Where(c => c.Key is not ("iss" or "aud" or "exp" or "nbf" or "iat")).ToDictionary(c => c.Key, c => (object)c.Value);
        var end = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = end.AddMinutes(-15),
            NotBefore = end.AddMinutes(-15),
            Expires = end,
            TokenType = type,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Jwt.Payload(token).GetRawText().Replace("\"role\":\"ADMIN\"", "\"role\":\"OWNER\"");
        payload.Should().Contain("OWNER", "the tampered token claims another role");
        return $"{parts[0]}.{Jwt.Encode(payload)}.{parts[2]}";
    }
}
