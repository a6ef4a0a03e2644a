using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>A browser client (a web frontend) signs people in the standard way: authorization code with PKCE.</summary>
public sealed class AuthorizationCodeTests(BrowserClientFixture identity) : IClassFixture<BrowserClientFixture>
{
    [Fact]
    public async Task A_person_signs_in_at_the_sign_in_page_and_the_client_trades_its_code_and_verifier_for_working_tokens()
    {
        var registered = await identity.Client.RegisterAsync(name: "Katherine Johnson");
        var browser = identity.NewBrowser();
        var (verifier, challenge) = Browser.NewPkce();

        var answer = await browser.AuthorizeAsync(challenge, "state-1", registered.User.Email);
        var redeemed = await browser.RedeemCodeAsync(answer["code"], verifier);

        answer["state"].Should().Be("state-1");
        answer["iss"].Should().Be(IdentitySettings.Issuer);
        await IdentityClient.Expect(redeemed, HttpStatusCode.OK);
        var tokens = await IdentityClient.JsonAsync(redeemed);
        tokens.GetProperty("token_type").GetString().Should().Be("Bearer");
        tokens.GetProperty("expires_in").GetInt32().Should().Be(900);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        Jwt.Header(accessToken).GetProperty("typ").GetString().Should().Be("at+jwt");
        var claims = Jwt.Claims(accessToken);
        claims["sub"].Should().Be(registered.User.Id.ToString());
        claims["company_id"].Should().Be(registered.User.CompanyId.ToString());
        claims["role"].Should().Be("ADMIN");
        claims["client_id"].Should().Be(BrowserClientFixture.ClientId);
        claims["iss"].Should().Be(IdentitySettings.Issuer);
        claims["aud"].Should().Be(IdentitySettings.Audience);
        claims["scope"].Split(' ').Should().Contain("aivideo");
        var idToken = Jwt.Claims(tokens.GetProperty("id_token").GetString()!);
        idToken["aud"].Should().Be(BrowserClientFixture.ClientId);
        idToken["iss"].Should().Be(IdentitySettings.Issuer);
        idToken["sub"].Should().Be(registered.User.Id.ToString());
        idToken["name"].Should().Be("Katherine Johnson");
        Jwt.Header(tokens.GetProperty("id_token").GetString()!).GetProperty("alg").GetString().Should().Be("RS256");
        var discovered = await OpenIdConnectConfigurationRetriever.GetAsync(new Uri(identity.Client.Http.BaseAddress!, "/.well-known/openid-configuration").ToString(),
            new HttpDocumentRetriever(identity.Client.Http) { RequireHttps = false }, CancellationToken.None);
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.GetProperty("id_token").GetString(), new TokenValidationParameters
        {
            ValidIssuer = discovered.Issuer,
            ValidAudience = BrowserClientFixture.ClientId,
            IssuerSigningKeys = discovered.SigningKeys,
        });
        validated.IsValid.Should().BeTrue(validated.Exception?.Message ?? "", "a client validates the ID token with what discovery says");

        var profile = await identity.Client.GetAsync("/api/auth/profile", accessToken);
        await IdentityClient.Expect(profile, HttpStatusCode.OK);
        (await IdentityClient.JsonAsync(profile)).GetProperty("email").GetString().Should().Be(registered.User.Email);
        var refreshed = await browser.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        await IdentityClient.Expect(refreshed, HttpStatusCode.OK);
        Jwt.Claims((await IdentityClient.JsonAsync(refreshed)).GetProperty("access_token").GetString()!)["client_id"].Should().Be(BrowserClientFixture.ClientId);
        await IdentityClient.Expect(await identity.Client.PostAsync("/api/auth/logout", null, accessToken), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_signed_in_person_is_not_asked_again_and_prompt_none_without_a_session_says_login_required()
    {
        var registered = await identity.Client.RegisterAsync();
        var browser = identity.NewBrowser();
        await browser.AuthorizeAsync(Browser.NewPkce().Challenge, "first", registered.User.Email);

        var again = await browser.Http.GetAsync(Browser.AuthorizePath(Browser.NewPkce().Challenge, "second", prompt: "none"));
        var stranger = await identity.NewBrowser().Http.GetAsync(Browser.AuthorizePath(Browser.NewPkce().Challenge, "third", prompt: "none"));

        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Browser.QueryOf(again.Headers.Location!).Should().ContainKey("code", "the sign-in page's cookie keeps the person signed in");
        stranger.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stranger.Headers.Location!.GetLeftPart(UriPartial.Path).Should().Be(BrowserClientFixture.RedirectUri);
        Browser.QueryOf(stranger.Headers.Location!)["error"].Should().Be("login_required");
    }

    [Fact]
    public async Task A_wrong_verifier_is_refused()
    {
        var registered = await identity.Client.RegisterAsync();
        var browser = identity.NewBrowser();
        var (_, challenge) = Browser.NewPkce();
        var answer = await browser.AuthorizeAsync(challenge, "state", registered.User.Email);

        var refused = await browser.RedeemCodeAsync(answer["code"], Browser.NewPkce().Verifier);
        var noVerifier = await browser.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = BrowserClientFixture.ClientId, ["code"] = answer["code"],
            ["redirect_uri"] = BrowserClientFixture.RedirectUri,
        });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(refused)).GetProperty("error").GetString().Should().Be("invalid_grant");
        noVerifier.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(noVerifier)).GetProperty("error").GetString().Should().BeOneOf("invalid_request", "invalid_grant");
    }

    [Fact]
    public async Task A_reused_code_is_refused_and_ends_the_session_it_started()
    {
        var registered = await identity.Client.RegisterAsync();
        var browser = identity.NewBrowser();
        var (verifier, challenge) = Browser.NewPkce();
        var answer = await browser.AuthorizeAsync(challenge, "state", registered.User.Email);
        var first = await IdentityClient.JsonAsync(await browser.RedeemCodeAsync(answer["code"], verifier));

        var reused = await browser.RedeemCodeAsync(answer["code"], verifier);

        reused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(reused)).GetProperty("error").GetString().Should().Be("invalid_grant");
        var refresh = await browser.RefreshAsync(first.GetProperty("refresh_token").GetString()!);
        refresh.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the tokens issued for a code presented twice are revoked (RFC 6749 4.1.2)");
        (await IdentityClient.JsonAsync(refresh)).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Unregistered_redirect_uris_and_requests_without_an_s256_pkce_challenge_get_no_code()
    {
        var browser = identity.NewBrowser();

        var elsewhere = await browser.Http.GetAsync(Browser.AuthorizePath(Browser.NewPkce().Challenge, "s", redirectUri: "https://evil.example/callback"));
        var withoutPkce = await browser.Http.GetAsync(Browser.AuthorizePath(Browser.NewPkce().Challenge, "s").Replace("code_challenge", "unused_challenge"));

        var plain = await browser.Http.GetAsync(Browser.AuthorizePath("a-plain-challenge-that-is-the-verifier-itself-0123456789", "s").Replace("=S256", "=plain"));

        elsewhere.StatusCode.Should().Be(HttpStatusCode.BadRequest, "an error is never sent to an unregistered address");
        elsewhere.Headers.Location.Should().BeNull();
        withoutPkce.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the token server answers a request without a challenge itself");
        withoutPkce.Headers.Location.Should().BeNull();
        (await withoutPkce.Content.ReadAsStringAsync()).Should().Contain("error:invalid_request").And.Contain("code_challenge");
        plain.StatusCode.Should().Be(HttpStatusCode.BadRequest, "only S256 challenges are accepted");
        (await plain.Content.ReadAsStringAsync()).Should().Contain("code_challenge_method");
    }

    [Fact]
    public async Task The_sign_in_page_needs_its_antiforgery_token_refuses_wrong_passwords_and_only_returns_to_the_authorization_endpoint()
    {
        var registered = await identity.Client.RegisterAsync();
        var browser = identity.NewBrowser();
        var page = await (await browser.Http.GetAsync("/connect/signin?returnUrl=https%3A%2F%2Fevil.example%2F")).Content.ReadAsStringAsync();

        var forged = await browser.SubmitSignInAsync(page, registered.User.Email, IdentityClient.Password, withAntiforgeryToken: false);
        var wrong = await browser.SubmitSignInAsync(page, registered.User.Email, "Wrong-Horse-00");
        var right = await browser.SubmitSignInAsync(page, registered.User.Email, IdentityClient.Password);

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("The email or the password is wrong.");
        (wrong.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should()
            .NotContain(cookie => cookie.StartsWith("aivideo.identity.signin=", StringComparison.Ordinal), "a wrong password signs nobody in");
        right.StatusCode.Should().Be(HttpStatusCode.Redirect);
        right.Headers.Location!.OriginalString.Should().Be("/connect/authorize", "the page never sends a person to an address it was given from outside");
    }
}
