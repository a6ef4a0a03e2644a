namespace AiVideo.Identity.FunctionalTests;

/// <summary>Moves its fixture's clock past an invitation's expiry.</summary>
public sealed class InvitationExpiryTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task An_expired_invitation_is_gone()
    {
        var client = identity.Client;
        var admin = await client.RegisterAsync();
        var response = await client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations", new { email = IdentityClient.NewEmail() }, admin.AccessToken);
        var token = (await IdentityClient.JsonAsync(response)).GetProperty("token").GetString();

        identity.Clock.Advance(TimeSpan.FromDays(8));
        var late = await client.PostAsync("/api/invitations/accept", new { token, name = "Late", password = IdentityClient.Password });

        late.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await IdentityClient.JsonAsync(late)).GetProperty("code").GetString().Should().Be("invitation_expired");
    }
}
