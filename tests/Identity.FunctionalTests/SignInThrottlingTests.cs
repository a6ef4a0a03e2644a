namespace AiVideo.Identity.FunctionalTests;

/// <summary>
/// Password guessing against the sign-in, from one address and from many (docs/decisions/0019-hardening-lockout.md).
/// The tests move the fixture's clock, so the class has a fixture of its own.
/// </summary>
public sealed class SignInThrottlingTests(ThrottleFixture identity) : IClassFixture<ThrottleFixture>
{
    private const string WrongPassword = "Wrong-Horse-00";

    [Fact]
    public async Task Thirty_concurrent_wrong_passwords_all_count_so_the_right_one_after_them_is_refused()
    {
        var email = (await identity.Client.RegisterAsync()).User.Email;

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => identity.LoginFromAsync("198.51.100.30", email, WrongPassword)));
        var right = await identity.LoginFromAsync("198.51.100.30", email);

        answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized).Should().Be(4, "a client has five checks, and the fifth failure locks it out");
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).Should().Be(26);
        right.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "every one of the thirty counted");
    }

    [Fact]
    public async Task A_locked_out_address_and_a_waiting_one_are_refused_before_any_password_is_hashed_for_unknown_and_known_emails()
    {
        var known = (await identity.Client.RegisterAsync()).User.Email;
        foreach (var email in new[] { IdentityClient.NewEmail("nobody"), known })
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await identity.LoginFromAsync("198.51.100.40", email, WrongPassword);
            }
            var hashedBefore = identity.Hasher.Verified;

            var locked = await identity.LoginFromAsync("198.51.100.40", email, WrongPassword);
            var elsewhere = await identity.LoginFromAsync("198.51.100.41", email, WrongPassword);

            locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            elsewhere.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "another address first waits while the email is under attack");
            identity.Hasher.Verified.Should().Be(hashedBefore, "refused attempts cost no password hashing");
        }
    }

    [Fact]
    public async Task Failing_now_and_then_from_elsewhere_cannot_keep_the_owner_out_the_right_password_gets_in_after_a_wait()
    {
        var owner = (await identity.Client.RegisterAsync()).User.Email;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await identity.LoginFromAsync("203.0.113.1", owner, WrongPassword);
        }

        var ownerFirst = await identity.LoginFromAsync("198.51.100.7", owner);
        var attackerFirst = await identity.LoginFromAsync("203.0.113.2", owner, WrongPassword);
        ownerFirst.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the email is under attack: every address waits before its check");
        var wait = int.Parse(ownerFirst.Headers.GetValues("Retry-After").Single());
        wait.Should().BeInRange(1, 30);
        attackerFirst.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        identity.Clock.Advance(TimeSpan.FromSeconds(wait + 1));
        var attackerAgain = await identity.LoginFromAsync("203.0.113.2", owner, WrongPassword);
        var ownerAgain = await identity.LoginFromAsync("198.51.100.7", owner);

        attackerAgain.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the attacker's waited guess is checked, and wrong");
        await IdentityClient.Expect(ownerAgain, HttpStatusCode.OK);
        (await identity.LoginFromAsync("203.0.113.1", owner)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests,
            "the owner's sign-in does not unlock the address that was guessing");
    }

    [Fact]
    public async Task Throttle_rows_of_every_email_tried_are_pruned_by_the_sweep()
    {
        var tried = Enumerable.Range(0, 3).Select(_ => IdentityClient.NewEmail("tried")).ToList();
        foreach (var email in tried)
        {
            await identity.LoginFromAsync("198.51.100.50", email, WrongPassword);
        }
        (await ThrottleRowsAsync(tried)).Should().BeGreaterThan(0);

        identity.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        await Eventually.True(async () => await ThrottleRowsAsync(tried) == 0, "the sweep deleted the rows nobody touched for a day", TimeSpan.FromSeconds(30));
    }

    private async Task<int> ThrottleRowsAsync(IReadOnlyList<string> emails)
    {
        var normalized = emails.Select(e => e.ToUpperInvariant()).ToList();
        await using var db = identity.OpenDatabase();
        return await db.SignInThrottles.CountAsync(t => normalized.Contains(t.NormalizedEmail));
    }
}
