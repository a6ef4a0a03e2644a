namespace AiVideo.Identity.FunctionalTests;

/// <summary>Signing keys on their schedule (30-day rotation; an old key published until its last token has expired). Moves its fixture's clock.</summary>
public sealed class KeyScheduleTests(KeyScheduleFixture identity) : IClassFixture<KeyScheduleFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_key_is_replaced_when_its_rotation_is_due_and_unpublished_once_its_tokens_have_expired()
    {
        var registered = await identity.Client.RegisterAsync();
        var oldKid = KeyIdOf(registered.AccessToken);
        (await PublishedAsync()).Should().Equal(oldKid);

        identity.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var published = await Eventually.Until(PublishedAsync, keys => keys.Count == 2, "the maintenance made a new key when the old one was due", Wait);
        var fresh = await identity.Client.SignInAsync(registered.User.Email);

        var newKid = KeyIdOf(fresh.AccessToken);
        newKid.Should().NotBe(oldKid, "the new key signs from now on");
        published.Should().Contain([oldKid, newKid], "tokens the old key signed are still in use");

        identity.Clock.Advance(TimeSpan.FromMinutes(21));
        await Eventually.Until(PublishedAsync, keys => !keys.Contains(oldKid), "the old key is unpublished once every token it signed has expired", Wait);
        (await PublishedAsync()).Should().Equal(newKid);
        var later = await identity.Client.SignInAsync(registered.User.Email);
        KeyIdOf(later.AccessToken).Should().Be(newKid);
        await IdentityClient.Expect(await identity.Client.GetAsync("/api/auth/profile", later.AccessToken), HttpStatusCode.OK);
    }

    private static string KeyIdOf(string token) => Jwt.Header(token).GetProperty("kid").GetString()!;

    private async Task<List<string>> PublishedAsync() =>
        (await IdentityClient.JsonAsync(await identity.Client.GetAsync("/.well-known/jwks.json")))
            .GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToList();
}
