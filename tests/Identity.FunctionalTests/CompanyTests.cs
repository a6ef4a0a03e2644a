namespace AiVideo.Identity.FunctionalTests;

public sealed class CompanyTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_member_cannot_invite_remove_users_or_update_the_company()
    {
        var (admin, member) = await CompanyWithMemberAsync();
        var company = admin.User.CompanyId;

        (await Client.PostAsync($"/api/companies/{company}/invitations", new { email = IdentityClient.NewEmail(), role = "MEMBER" }, member.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{company}/users/{admin.User.Id}", null, member.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.SendAsync(HttpMethod.Patch, $"/api/companies/{company}", new { name = "Taken over" }, member.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.SendAsync(HttpMethod.Put, $"/api/companies/{company}/users/{member.User.Id}/role", new { role = "ADMIN" }, member.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var members = await IdentityClient.JsonAsync(await Client.GetAsync($"/api/companies/{company}/users", member.AccessToken));
        members.GetProperty("items").GetArrayLength().Should().Be(2, "a member may read the company's members");
        (await IdentityClient.JsonAsync(await Client.GetAsync($"/api/companies/{company}", admin.AccessToken)))
            .GetProperty("name").GetString().Should().NotBe("Taken over");
    }

    [Fact]
    public async Task Another_companys_resources_are_not_found_rather_than_forbidden()
    {
        var companyA = await Client.RegisterAsync(companyName: "Company A");
        var userB = await Client.RegisterAsync(companyName: "Company B");
        var a = companyA.User.CompanyId;

        foreach (var path in new[] { $"/api/companies/{a}", $"/api/companies/{a}/users", $"/api/companies/{a}/invitations" })
        {
            (await Client.GetAsync(path, userB.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }
        (await Client.SendAsync(HttpMethod.Patch, $"/api/companies/{a}", new { name = "Mine now" }, userB.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{a}/users/{companyA.User.Id}", null, userB.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.PostAsync($"/api/companies/{a}/invitations", new { email = IdentityClient.NewEmail() }, userB.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted()
    {
        var (admin, _) = await CompanyWithMemberAsync();
        var company = admin.User.CompanyId;

        var removed = await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{company}/users/{admin.User.Id}", null, admin.AccessToken);
        var demoted = await Client.SendAsync(HttpMethod.Put, $"/api/companies/{company}/users/{admin.User.Id}/role", new { role = "MEMBER" }, admin.AccessToken);

        removed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await IdentityClient.JsonAsync(removed)).GetProperty("code").GetString().Should().Be("last_admin");
        demoted.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_role_change_shows_in_the_token_at_the_next_refresh()
    {
        var (admin, member) = await CompanyWithMemberAsync();

        var promoted = await Client.SendAsync(HttpMethod.Put, $"/api/companies/{admin.User.CompanyId}/users/{member.User.Id}/role",
            new { role = "ADMIN" }, admin.AccessToken);
        await IdentityClient.Expect(promoted, HttpStatusCode.OK);
        var refreshed = (await (await Client.RefreshAsync(member.RefreshToken)).Content.ReadFromJsonAsync<AuthResult>())!;

        Jwt.Claims(member.AccessToken)["role"].Should().Be("MEMBER");
        Jwt.Claims(refreshed.AccessToken)["role"].Should().Be("ADMIN");
        refreshed.User.Role.Should().Be("ADMIN");
        (await Client.SendAsync(HttpMethod.Patch, $"/api/companies/{admin.User.CompanyId}", new { name = "Renamed by the new admin" }, refreshed.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_removed_member_can_no_longer_refresh_into_the_company()
    {
        var (admin, member) = await CompanyWithMemberAsync();

        await IdentityClient.Expect(
            await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{admin.User.CompanyId}/users/{member.User.Id}", null, admin.AccessToken),
            HttpStatusCode.NoContent);

        (await Client.RefreshAsync(member.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Client.GetAsync($"/api/companies/{admin.User.CompanyId}", member.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_user_creates_another_company_and_switches_to_it()
    {
        var user = await Client.RegisterAsync();
        var created = await Client.PostAsync("/api/companies", new { name = "Second Studio" }, user.AccessToken);
        await IdentityClient.Expect(created, HttpStatusCode.Created);
        var second = (await IdentityClient.JsonAsync(created)).GetProperty("id").GetGuid();

        var switched = (await (await Client.RefreshAsync(user.RefreshToken, second)).Content.ReadFromJsonAsync<AuthResult>())!;

        switched.User.CompanyId.Should().Be(second);
        switched.User.Role.Should().Be("ADMIN");
        Jwt.Claims(switched.AccessToken)["company_id"].Should().Be(second.ToString());
    }

    private async Task<(AuthResult Admin, AuthResult Member)> CompanyWithMemberAsync()
    {
        var admin = await Client.RegisterAsync(companyName: "Studio");
        var memberEmail = IdentityClient.NewEmail("member");
        var invitation = await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations", new { email = memberEmail, role = "MEMBER" }, admin.AccessToken);
        await IdentityClient.Expect(invitation, HttpStatusCode.Created);
        var token = (await IdentityClient.JsonAsync(invitation)).GetProperty("token").GetString();
        var accepted = await Client.PostAsync("/api/invitations/accept", new { token, name = "Member", password = IdentityClient.Password });
        await IdentityClient.Expect(accepted, HttpStatusCode.Created);
        return (admin, (await accepted.Content.ReadFromJsonAsync<AuthResult>())!);
    }
}
