namespace AiVideo.Identity.FunctionalTests;

public sealed class RefreshConcurrencyTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Of_concurrent_refreshes_with_one_token_exactly_one_wins()
    {
        var registered = await identity.Client.RegisterAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => identity.Client.RefreshAsync(registered.RefreshToken)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).Should().AllSatisfy(a => a.StatusCode.Should().Be(HttpStatusCode.Unauthorized));
        // The token server's table (OpenIddict's tokens: reference id = base64 SHA-256 of the token) replaced the removed refresh_tokens.
        await using var db = identity.OpenDatabase();
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(registered.RefreshToken)));
        (await db.Tokens.CountAsync(t => t.RedemptionDate != null && t.ReferenceId == hash)).Should().Be(1);
    }
}
