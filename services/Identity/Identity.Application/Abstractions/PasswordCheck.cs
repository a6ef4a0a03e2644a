namespace AiVideo.Identity.Application.Abstractions;

/// <summary>The outcome of checking an email and password; the same for an unknown email as for a wrong password.</summary>
public abstract record PasswordCheck
{
    public sealed record Succeeded(UserAccountView User) : PasswordCheck;

    public sealed record Failed : PasswordCheck;

    /// <summary>Too many failures for this email (whether or not an account has it); try again after the delay.</summary>
    public sealed record LockedOut(TimeSpan RetryAfter) : PasswordCheck;
}
