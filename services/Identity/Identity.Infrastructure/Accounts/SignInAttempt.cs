namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// What <see cref="SignInThrottling"/> decided about an attempt before any password is hashed: it is checked (the
/// client's <see cref="Number"/>th attempt since its last lockout), or refused until <see cref="RetryAfter"/> has passed.
/// </summary>
internal sealed record SignInAttempt(bool Checked, int Number, TimeSpan RetryAfter)
{
    public static SignInAttempt Check(int number) => new(true, number, TimeSpan.Zero);

    public static SignInAttempt Refuse(TimeSpan retryAfter) => new(false, 0, retryAfter);
}
