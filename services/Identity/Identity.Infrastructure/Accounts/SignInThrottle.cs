namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// Failed sign-ins for emails that have no account, counted like Identity counts them for real accounts, so that being
/// locked out says nothing about whether an account exists.
/// </summary>
public sealed class SignInThrottle
{
    public string NormalizedEmail { get; set; } = "";

    public int FailedCount { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
