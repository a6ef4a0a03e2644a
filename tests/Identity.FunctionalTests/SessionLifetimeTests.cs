namespace AiVideo.Identity.FunctionalTests;

/// <summary>Moves its fixture's clock, so it has a fixture of its own.</summary>
public sealed class SessionLifetimeTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_session_ends_at_its_absolute_lifetime_however_often_it_is_refreshed()
    {
        var registered = await Client.RegisterAsync();
        identity.Clock.Advance(TimeSpan.FromDays(29));
        var refreshed = (await (await Client.RefreshAsync(registered.RefreshToken)).Content.ReadFromJsonAsync<AuthResult>())!;

        identity.Clock.Advance(TimeSpan.FromDays(2));

        (await Client.RefreshAsync(refreshed.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
