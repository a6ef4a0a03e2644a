namespace AiVideo.Identity.FunctionalTests;

/// <summary>Moves its fixture's clock past the lockout (sign-in throttling runs on the service's clock), so it has a fixture of its own.</summary>
public sealed class LockoutTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task Repeated_failures_lock_an_account_out_and_the_answer_does_not_tell_whether_it_exists()
    {
        var existing = (await Client.RegisterAsync()).User.Email;
        var unknown = IdentityClient.NewEmail("nobody");

        var existingAnswers = await FailFiveTimesAsync(existing);
        var unknownAnswers = await FailFiveTimesAsync(unknown);

        existingAnswers.Select(a => a.Status).Should().Equal(unknownAnswers.Select(a => a.Status));
        existingAnswers.Select(a => a.Status).Should().Equal(
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        existingAnswers.Select(a => a.Body).Should().Equal(unknownAnswers.Select(a => a.Body), "the bodies say the same for both");

        var locked = await Client.LoginAsync(existing);
        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "even the right password is refused while locked out");
        locked.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        int.Parse(locked.Headers.GetValues("Retry-After").Single()).Should().BeInRange(1, (int)Lockout.TotalSeconds);

        identity.Clock.Advance(Lockout + TimeSpan.FromSeconds(1));

        await IdentityClient.Expect(await Client.LoginAsync(existing), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_all_count_towards_the_lockout()
    {
        var email = (await Client.RegisterAsync()).User.Email;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.LoginAsync(email, "Wrong-Horse-00")));

        answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized).Should().Be(4, "a client has five attempts and the fifth failure locks it out");
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).Should().Be(4);
        (await Client.LoginAsync(email)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    private async Task<List<(HttpStatusCode Status, string Body)>> FailFiveTimesAsync(string email)
    {
        var answers = new List<(HttpStatusCode, string)>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await Client.LoginAsync(email, "Wrong-Horse-00");
            var body = await IdentityClient.JsonAsync(response);
            answers.Add((response.StatusCode, $"{body.GetProperty("title").GetString()}|{body.GetProperty("detail").GetString()}|{body.GetProperty("code").GetString()}"));
        }
        return answers;
    }
}
