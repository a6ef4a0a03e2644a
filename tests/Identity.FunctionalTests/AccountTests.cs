namespace AiVideo.Identity.FunctionalTests;

public sealed class AccountTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task The_whole_account_life_register_login_refresh_reuse_and_sign_in_again()
    {
        var email = IdentityClient.NewEmail("life");
        var registered = await Client.RegisterAsync(email, "Ada Lovelace", "Analytical Engines");
        registered.TokenType.Should().Be("Bearer");
        registered.ExpiresIn.Should().Be(900);
        registered.User.Should().BeEquivalentTo(new { Email = email, Name = "Ada Lovelace", Role = "ADMIN" });
        registered.User.CompanyId.Should().NotBeNull("registering without an invitation creates a company the user administers");

        var login = await Client.SignInAsync(email);
        var profile = await IdentityClient.JsonAsync(await Client.GetAsync("/api/auth/profile", login.AccessToken));
        profile.GetProperty("email").GetString().Should().Be(email);
        profile.GetProperty("companyId").GetGuid().Should().Be(registered.User.CompanyId!.Value);
        profile.GetProperty("role").GetString().Should().Be("ADMIN");

        var refreshed = await Client.RefreshAsync(login.RefreshToken);
        await IdentityClient.Expect(refreshed, HttpStatusCode.OK);
        var newer = (await refreshed.Content.ReadFromJsonAsync<AuthResult>())!;
        newer.RefreshToken.Should().NotBe(login.RefreshToken);

        var reused = await Client.RefreshAsync(login.RefreshToken);
        reused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        reused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Client.RefreshAsync(newer.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized,
            "a reused refresh token kills its whole family, the newest token included");

        var again = await Client.SignInAsync(email);
        await IdentityClient.Expect(await Client.RefreshAsync(again.RefreshToken), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        var registered = await Client.RegisterAsync();

        // The token server's table (OpenIddict's tokens: reference id = base64 SHA-256 of the token) replaced the removed refresh_tokens.
        await using var db = identity.OpenDatabase();
        var stored = await db.Tokens.Select(t => new { t.ReferenceId, t.Payload }).ToListAsync();
        stored.Select(t => t.ReferenceId).Should().NotContain(registered.RefreshToken);
        stored.Select(t => t.Payload).Should().NotContain(payload => payload != null && payload.Contains(registered.RefreshToken));
        stored.Select(t => t.ReferenceId).Should().Contain(Convert.ToBase64String(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(registered.RefreshToken))));
    }

    [Fact]
    public async Task Logout_ends_the_session_so_its_refresh_token_stops_working()
    {
        var registered = await Client.RegisterAsync();

        await IdentityClient.Expect(await Client.PostAsync("/api/auth/logout", null, registered.AccessToken), HttpStatusCode.NoContent);

        (await Client.RefreshAsync(registered.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Emails_are_unique_whatever_their_case()
    {
        var email = IdentityClient.NewEmail("Case");
        await Client.RegisterAsync(email);

        var again = await Client.PostAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = IdentityClient.Password, name = "Twin" });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await IdentityClient.JsonAsync(again)).GetProperty("code").GetString().Should().Be("email_taken");
        await IdentityClient.Expect(await Client.LoginAsync(email.ToUpperInvariant()), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_updates_their_name_and_a_password_change_ends_their_other_sessions()
    {
        var registered = await Client.RegisterAsync();
        var other = await Client.SignInAsync(registered.User.Email);

        var renamed = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}", new { name = "Countess of Lovelace" }, registered.AccessToken);
        (await IdentityClient.JsonAsync(renamed)).GetProperty("name").GetString().Should().Be("Countess of Lovelace");

        var changed = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { currentPassword = IdentityClient.Password, newPassword = "Another-Horse-77" }, registered.AccessToken);
        await IdentityClient.Expect(changed, HttpStatusCode.OK);

        (await Client.RefreshAsync(other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Client.LoginAsync(registered.User.Email)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await IdentityClient.Expect(await Client.LoginAsync(registered.User.Email, "Another-Horse-77"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_a_password_needs_the_current_one()
    {
        var registered = await Client.RegisterAsync();

        var refused = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { currentPassword = "Wrong-Horse-00", newPassword = "Another-Horse-77" }, registered.AccessToken);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(refused)).GetProperty("errors").TryGetProperty("currentPassword", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_stranger_cannot_see_or_change_another_user()
    {
        var victim = await Client.RegisterAsync();
        var stranger = await Client.RegisterAsync();

        var attempt = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{victim.User.Id}", new { name = "Mallory" }, stranger.AccessToken);

        attempt.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Protected_endpoints_refuse_requests_without_a_token()
    {
        var response = await Client.GetAsync("/api/auth/profile");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
