namespace AiVideo.Identity.FunctionalTests;

/// <summary>identity-api with a three-second lockout, so the test can see one end (ASP.NET Core Identity times lockouts by the system clock).</summary>
public sealed class ShortLockoutFixture : IdentityFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["Identity:Accounts:Lockout:DefaultLockoutTimeSpan"] = "00:00:03",
    };
}

public sealed class LockoutTests(ShortLockoutFixture identity) : IClassFixture<ShortLockoutFixture>
{
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
        int.Parse(locked.Headers.GetValues("Retry-After").Single()).Should().BeInRange(1, 3);

        await Eventually.True(async () => (await Client.LoginAsync(existing)).StatusCode == HttpStatusCode.OK,
            "the lockout ends and the right password works again", TimeSpan.FromSeconds(20));
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
