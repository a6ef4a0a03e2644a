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
        await using var db = identity.OpenDatabase();
        (await db.RefreshTokens.CountAsync(t => t.ConsumedAt != null && t.TokenHash == AiVideo.Identity.Application.Common.OpaqueTokens.Hash(registered.RefreshToken)))
            .Should().Be(1);
    }
}
