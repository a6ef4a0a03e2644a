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
    public async Task Changing_the_email_needs_the_current_password()
    {
        var registered = await Client.RegisterAsync();
        var newEmail = IdentityClient.NewEmail("moved");

        var without = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}", new { email = newEmail }, registered.AccessToken);
        var wrong = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { email = newEmail, currentPassword = "Wrong-Horse-00" }, registered.AccessToken);

        without.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a stolen session alone must not be enough to take the account over");
        (await IdentityClient.JsonAsync(without)).GetProperty("errors").TryGetProperty("currentPassword", out _).Should().BeTrue();
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(wrong)).GetProperty("errors").TryGetProperty("currentPassword", out _).Should().BeTrue();
        (await Client.LoginAsync(newEmail)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the email did not change");

        var moved = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { email = newEmail, currentPassword = IdentityClient.Password }, registered.AccessToken);

        await IdentityClient.Expect(moved, HttpStatusCode.OK);
        (await IdentityClient.JsonAsync(moved)).GetProperty("email").GetString().Should().Be(newEmail);
        await IdentityClient.Expect(await Client.LoginAsync(newEmail), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_password_change_lists_the_api_keys_the_user_made_and_revokes_them_when_asked()
    {
        var registered = await Client.RegisterAsync();
        var second = (await IdentityClient.JsonAsync(await Client.PostAsync("/api/companies", new { name = "Side project" }, registered.AccessToken)))
            .GetProperty("id").GetGuid();
        var inSecond = (await (await Client.RefreshAsync(registered.RefreshToken, second)).Content.ReadFromJsonAsync<AuthResult>())!;
        var first = await CreateKeyAsync(registered.AccessToken, "In the first company");
        var other = await CreateKeyAsync(inSecond.AccessToken, "In the second company");

        var listed = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { currentPassword = IdentityClient.Password, newPassword = "Another-Horse-77" }, registered.AccessToken);
        var revoked = await Client.SendAsync(HttpMethod.Patch, $"/api/users/{registered.User.Id}",
            new { currentPassword = "Another-Horse-77", newPassword = "Third-Horse-99", revokeApiKeys = true }, registered.AccessToken);

        await IdentityClient.Expect(listed, HttpStatusCode.OK);
        var listedBody = await IdentityClient.JsonAsync(listed);
        listedBody.GetProperty("apiKeys").EnumerateArray().Select(k => k.GetProperty("id").GetGuid()).Should().BeEquivalentTo([first.Id, other.Id]);
        listedBody.GetProperty("apiKeysRevoked").GetBoolean().Should().BeFalse();
        await IdentityClient.Expect(revoked, HttpStatusCode.OK);
        var revokedBody = await IdentityClient.JsonAsync(revoked);
        revokedBody.GetProperty("apiKeysRevoked").GetBoolean().Should().BeTrue();
        revokedBody.GetProperty("apiKeys").EnumerateArray().Should().HaveCount(2).And.OnlyContain(k => k.GetProperty("revokedAt").ValueKind == JsonValueKind.String);
        foreach (var key in new[] { first, other })
        {
            (await Client.TokenAsync(new() { ["grant_type"] = GrantTypes.ApiKey, ["api_key"] = key.Secret }, ("gateway", IdentitySettings.GatewaySecret)))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest, "a revoked key is refused");
        }
        (await Client.RefreshAsync(inSecond.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "every session of the user ended");
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

    private async Task<(Guid Id, string Secret)> CreateKeyAsync(string accessToken, string name)
    {
        var created = await Client.PostAsync("/api/api-keys", new { name, scopes = new[] { Scopes.MediaRead } }, accessToken);
        await IdentityClient.Expect(created, HttpStatusCode.Created);
        var body = await IdentityClient.JsonAsync(created);
        return (body.GetProperty("key").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }
}
