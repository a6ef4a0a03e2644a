namespace AiVideo.Identity.Application.Abstractions;

/// <summary>User accounts and their credentials: password rules, hashing, lockout and security stamps live behind this port.</summary>
public interface IUserAccounts
{
    Task<UserAccountView?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<UserAccountView?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates an account; a weak password is a validation error on <c>password</c>, a taken email a conflict.</summary>
    Task<Result<UserAccountView>> CreateAsync(string email, string password, string name, CancellationToken cancellationToken);

    /// <summary>Checks credentials, counting failures per email and locking out after too many.</summary>
    Task<PasswordCheck> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    Task<Result<UserAccountView>> UpdateProfileAsync(Guid userId, string? name, string? email, CancellationToken cancellationToken);

    Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken);
}
