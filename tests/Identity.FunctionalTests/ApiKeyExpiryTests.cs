namespace AiVideo.Identity.FunctionalTests;

/// <summary>Moves its fixture's clock past a key's expiry.</summary>
public sealed class ApiKeyExpiryTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task An_expired_key_is_refused()
    {
        var client = identity.Client;
        var admin = await client.RegisterAsync();
        var secret = (await IdentityClient.JsonAsync(await client.PostAsync("/api/api-keys",
                new { name = "Short-lived", scopes = new[] { "media:read" }, expiresAt = identity.Clock.GetUtcNow().AddHours(1) }, admin.AccessToken)))
            .GetProperty("secret").GetString()!;
        var exchange = () => client.TokenAsync(new() { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = secret },
            ("gateway", IdentitySettings.GatewaySecret));
        await IdentityClient.Expect(await exchange(), HttpStatusCode.OK);

        identity.Clock.Advance(TimeSpan.FromHours(2));

        (await exchange()).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
