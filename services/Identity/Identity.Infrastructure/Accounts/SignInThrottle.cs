namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// Sign-in attempts for an email (whether or not an account has it), counted per client and for the email as a whole
/// (see <see cref="SignInThrottling"/>). A client's row (<see cref="Client"/> = its address) counts its attempts and
/// locks that client out after too many; the email's row (<see cref="AnyClient"/>) counts failures from everywhere, and
/// once there are too many every client waits before each of its checks (<see cref="NextCheckAt"/>).
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>The client of the row that counts an email's failures from every client.</summary>
    public const string AnyClient = "*";

    public const int MaxClientLength = 64;

    public string NormalizedEmail { get; set; } = "";

    public string Client { get; set; } = "";

    /// <summary>Attempts (a client's row, counted before the password is checked) or failures (the email's row) since the last success or lockout.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    /// <summary>A client's row, while its email is under attack: when this client's password may next be checked.</summary>
    public DateTimeOffset? NextCheckAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
