namespace AiVideo.Identity.FunctionalTests;

public sealed class InvitationTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_new_person_accepts_an_invitation_once_and_joins_with_the_invited_role()
    {
        var admin = await Client.RegisterAsync();
        var email = IdentityClient.NewEmail("newcomer");
        var token = await InviteAsync(admin, email, "ADMIN");

        var accepted = await Client.PostAsync("/api/invitations/accept", new { token, name = "Newcomer", password = IdentityClient.Password });
        var again = await Client.PostAsync("/api/invitations/accept", new { token, name = "Newcomer", password = IdentityClient.Password });

        await IdentityClient.Expect(accepted, HttpStatusCode.Created);
        var joined = (await accepted.Content.ReadFromJsonAsync<AuthResult>())!;
        joined.User.Should().BeEquivalentTo(new { Email = email, CompanyId = admin.User.CompanyId, Role = "ADMIN" });
        again.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await IdentityClient.JsonAsync(again)).GetProperty("code").GetString().Should().Be("invitation_used");
        await using var db = identity.OpenDatabase();
        (await db.Invitations.AnyAsync(i => i.TokenHash == token)).Should().BeFalse("only the token's hash is stored");
    }

    [Fact]
    public async Task An_existing_user_accepts_with_their_password_or_while_signed_in()
    {
        var admin = await Client.RegisterAsync();
        var withPassword = await Client.RegisterAsync();
        var signedIn = await Client.RegisterAsync();

        var byPassword = await Client.PostAsync("/api/invitations/accept", new { token = await InviteAsync(admin, withPassword.User.Email), password = IdentityClient.Password });
        var bySession = await Client.PostAsync("/api/invitations/accept", new { token = await InviteAsync(admin, signedIn.User.Email) }, signedIn.AccessToken);

        await IdentityClient.Expect(byPassword, HttpStatusCode.OK);
        await IdentityClient.Expect(bySession, HttpStatusCode.OK);
        (await bySession.Content.ReadFromJsonAsync<AuthResult>())!.User.CompanyId.Should().Be(admin.User.CompanyId);
        var members = await IdentityClient.JsonAsync(await Client.GetAsync($"/api/companies/{admin.User.CompanyId}/users", admin.AccessToken));
        members.GetProperty("items").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task An_invitation_is_for_its_email_only_and_needs_the_right_password()
    {
        var admin = await Client.RegisterAsync();
        var invited = await Client.RegisterAsync();
        var other = await Client.RegisterAsync();
        var token = await InviteAsync(admin, invited.User.Email);

        (await Client.PostAsync("/api/invitations/accept", new { token }, other.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.PostAsync("/api/invitations/accept", new { token, password = "Wrong-Horse-00" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Client.PostAsync("/api/invitations/accept", new { token = "not-a-real-token", password = IdentityClient.Password })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revoked_invitations_cannot_be_accepted_and_existing_members_cannot_be_invited()
    {
        var admin = await Client.RegisterAsync();
        var invitation = await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations", new { email = IdentityClient.NewEmail() }, admin.AccessToken);
        var body = await IdentityClient.JsonAsync(invitation);
        var id = body.GetProperty("invitation").GetProperty("id").GetGuid();

        await IdentityClient.Expect(await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{admin.User.CompanyId}/invitations/{id}", null, admin.AccessToken),
            HttpStatusCode.NoContent);

        (await Client.PostAsync("/api/invitations/accept", new { token = body.GetProperty("token").GetString(), name = "Late", password = IdentityClient.Password }))
            .StatusCode.Should().Be(HttpStatusCode.Gone);
        (await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations", new { email = admin.User.Email }, admin.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        var listed = await IdentityClient.JsonAsync(await Client.GetAsync($"/api/companies/{admin.User.CompanyId}/invitations", admin.AccessToken));
        listed.GetProperty("items")[0].GetProperty("status").GetString().Should().Be("revoked");
    }

    private async Task<string> InviteAsync(AuthResult admin, string email, string role = "MEMBER")
    {
        var response = await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations", new { email, role }, admin.AccessToken);
        await IdentityClient.Expect(response, HttpStatusCode.Created);
        return (await IdentityClient.JsonAsync(response)).GetProperty("token").GetString()!;
    }
}
