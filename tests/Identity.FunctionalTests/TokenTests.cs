namespace AiVideo.Identity.FunctionalTests;

public sealed class TokenTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task Access_tokens_are_rs256_at_jwt_with_the_documented_claims_from_the_configured_issuer()
    {
        var registered = await Client.RegisterAsync(name: "Grace Hopper");

        var header = Jwt.Header(registered.AccessToken);
        var claims = Jwt.Claims(registered.AccessToken);
        header.GetProperty("alg").GetString().Should().Be("RS256");
        header.GetProperty("typ").GetString().Should().Be("at+jwt");
        claims["iss"].Should().Be(IdentitySettings.Issuer, "the issuer is the configured public URL, not the host the request came in on");
        claims["aud"].Should().Be(IdentitySettings.Audience);
        claims["sub"].Should().Be(registered.User.Id.ToString());
        claims["email"].Should().Be(registered.User.Email);
        claims["name"].Should().Be("Grace Hopper");
        claims["company_id"].Should().Be(registered.User.CompanyId.ToString());
        claims["role"].Should().Be("ADMIN");
        claims["scope"].Should().Be("aivideo");
        claims["client_id"].Should().Be("aivideo");
        claims["jti"].Should().NotBeNullOrEmpty();
        (long.Parse(claims["exp"]) - long.Parse(claims["iat"])).Should().Be(15 * 60);

        var jwks = await IdentityClient.JsonAsync(await Client.GetAsync("/.well-known/jwks.json"));
        jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString())
            .Should().Contain(header.GetProperty("kid").GetString());
    }

    [Fact]
    public async Task Discovery_names_the_issuer_keys_and_token_endpoint()
    {
        var discovery = await IdentityClient.JsonAsync(await Client.GetAsync("/.well-known/openid-configuration"));

        discovery.GetProperty("issuer").GetString().Should().Be(IdentitySettings.Issuer);
        discovery.GetProperty("jwks_uri").GetString().Should().EndWith("/.well-known/jwks.json");
        discovery.GetProperty("token_endpoint").GetString().Should().EndWith("/connect/token");
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString())
            .Should().Contain(["password", "refresh_token", "client_credentials", IdentitySettings.ApiKeyGrant]);
        var key = (await IdentityClient.JsonAsync(await Client.GetAsync("/.well-known/jwks.json"))).GetProperty("keys")[0];
        key.GetProperty("kty").GetString().Should().Be("RSA");
        key.GetProperty("alg").GetString().Should().Be("RS256");
        key.TryGetProperty("d", out _).Should().BeFalse("only public parts are published");
    }

    [Fact]
    public async Task The_password_and_refresh_token_grants_speak_rfc_6749()
    {
        var registered = await Client.RegisterAsync();

        var password = await Client.TokenAsync(new() { ["grant_type"] = "password", ["username"] = registered.User.Email, ["password"] = IdentityClient.Password });
        var body = await IdentityClient.JsonAsync(password);
        var refreshed = await Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = body.GetProperty("refresh_token").GetString()! });

        password.StatusCode.Should().Be(HttpStatusCode.OK);
        password.Headers.CacheControl!.NoStore.Should().BeTrue();
        body.GetProperty("token_type").GetString().Should().Be("Bearer");
        body.GetProperty("expires_in").GetInt32().Should().Be(900);
        body.GetProperty("scope").GetString().Should().Be("aivideo");
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await IdentityClient.JsonAsync(refreshed)).GetProperty("access_token").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Reused_refresh_token_revokes_the_whole_family()
    {
        var registered = await Client.RegisterAsync();
        var signedIn = await IdentityClient.JsonAsync(await Client.TokenAsync(new()
        {
            ["grant_type"] = "password", ["username"] = registered.User.Email, ["password"] = IdentityClient.Password,
        }));
        var first = signedIn.GetProperty("refresh_token").GetString()!;
        var second = (await IdentityClient.JsonAsync(await Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = first })))
            .GetProperty("refresh_token").GetString()!;
        var session = Jwt.Claims(signedIn.GetProperty("access_token").GetString()!)["sid"];

        var reused = await Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = first });

        reused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(reused)).GetProperty("error").GetString().Should().Be("invalid_grant");
        var newest = await Client.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = second });
        newest.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the newest token of a family whose older token was reused is dead too");
        await using var db = identity.OpenDatabase();
        var sessionId = Guid.Parse(session);
        (await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization<Guid>>().SingleAsync(a => a.Id == sessionId))
            .Status.Should().Be("revoked");
        (await db.Tokens.Where(t => t.Authorization!.Id == sessionId && t.Type == OpenIddict.Abstractions.OpenIddictConstants.TokenTypeIdentifiers.RefreshToken).Select(t => t.Status).ToListAsync())
            .Should().HaveCount(2).And.NotContain("valid");
        (await Client.RefreshAsync(second)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the JSON route sees the same family");
    }

    [Fact]
    public async Task Client_credentials_give_a_service_token_without_a_refresh_token()
    {
        var basic = await Client.TokenAsync(new() { ["grant_type"] = "client_credentials", ["scope"] = "internal" }, ("media-api", IdentitySettings.MediaSecret));
        var posted = await Client.TokenAsync(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "generation-api", ["client_secret"] = IdentitySettings.GenerationSecret,
        });

        var body = await IdentityClient.JsonAsync(basic);
        basic.StatusCode.Should().Be(HttpStatusCode.OK);
        body.TryGetProperty("refresh_token", out _).Should().BeFalse();
        body.GetProperty("scope").GetString().Should().Be("internal");
        var claims = Jwt.Claims(body.GetProperty("access_token").GetString()!);
        claims["sub"].Should().Be("media-api");
        claims["client_id"].Should().Be("media-api");
        claims["scope"].Should().Be("internal");
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("media-api", "wrong-secret-0123456789", "internal", 401, "invalid_client")]
    [InlineData("no-such-client", "whatever-0123456789", "internal", 401, "invalid_client")]
    [InlineData("media-api", IdentitySettings.MediaSecret, "everything", 400, "invalid_scope")]
    public async Task Bad_client_credentials_get_rfc_6749_errors(string clientId, string secret, string scope, int status, string error)
    {
        var response = await Client.TokenAsync(new() { ["grant_type"] = "client_credentials", ["scope"] = scope }, (clientId, secret));

        ((int)response.StatusCode).Should().Be(status);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be(error);
        if (status == 401)
        {
            response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Basic");
        }
    }

    [Theory]
    [InlineData("grant_type=implicit", "unsupported_grant_type")]
    [InlineData("grant_type=urn%3Aaivideo%3Aparams%3Aoauth%3Agrant-type%3Afirst-party", "unsupported_grant_type")]
    [InlineData("username=a", "invalid_request")]
    [InlineData("grant_type=password&username=nobody%40example.com&password=Wrong-Horse-1", "invalid_grant")]
    [InlineData("grant_type=refresh_token&refresh_token=forged", "invalid_grant")]
    [InlineData("grant_type=password", "invalid_request")]
    public async Task Bad_token_requests_get_rfc_6749_error_bodies(string form, string error)
    {
        var response = await Client.Http.PostAsync("/connect/token", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await IdentityClient.JsonAsync(response);
        body.GetProperty("error").GetString().Should().Be(error);
        body.GetProperty("error_description").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_token_request_that_is_not_a_form_is_an_invalid_request()
    {
        var response = await Client.PostAsync("/connect/token", new { grant_type = "password" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be("invalid_request");
    }
}
