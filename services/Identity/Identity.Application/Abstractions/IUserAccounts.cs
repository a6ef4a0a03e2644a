namespace AiVideo.Identity.Application.Abstractions;

/// <summary>User accounts and their credentials: password rules, hashing, sign-in throttling and security stamps live behind this port.</summary>
public interface IUserAccounts
{
    Task<UserAccountView?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<UserAccountView?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates an account; a weak password is a validation error on <c>password</c>, a taken email a conflict.</summary>
    Task<Result<UserAccountView>> CreateAsync(string email, string password, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Checks credentials, counting every attempt per email and per client (<paramref name="client"/>, e.g. the caller's
    /// network address) before any hashing: a client that fails too often is locked out of that email for a while, and
    /// while an email fails too often from anywhere every client waits before each of its own checks (so nobody can lock
    /// the owner out from elsewhere), without telling whether an account has that email.
    /// </summary>
    Task<PasswordCheck> CheckPasswordAsync(string email, string password, string client, CancellationToken cancellationToken);

    Task<Result<UserAccountView>> UpdateProfileAsync(Guid userId, string? name, string? email, CancellationToken cancellationToken);

    Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken);
}
