namespace AiVideo.Identity.Application.Sessions;

/// <summary>
/// Signs in with email and password into one of the user's companies (the one asked for, else the most recently joined).
/// Wrong credentials and unknown emails answer alike; too many failures lock the client out for a while and make every
/// client wait before each check of that email (<see cref="IUserAccounts.CheckPasswordAsync"/>).
/// </summary>
public sealed class SignIn(IUserAccounts users, ICompanies companies, SessionStarter sessions)
{
    /// <param name="Client">Who is signing in, for throttling: the caller's network address.</param>
    public sealed record Command(string Email, string Password, Guid? CompanyId = null, string Client = "");

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("An email is required.").MaximumLength(Domain.Users.EmailAddress.MaxLength);
            RuleFor(c => c.Password).PresentPassword();
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<SessionGrant>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }

        var check = await users.CheckPasswordAsync(command.Email.Trim(), command.Password, command.Client, cancellationToken);
        switch (check)
        {
            case PasswordCheck.LockedOut locked:
                return Error.TooManyRequests("Too many failed sign-in attempts for this email; try again later.", locked.RetryAfter);
            case not PasswordCheck.Succeeded:
                return Error.Unauthorized("invalid_credentials", "The email or the password is wrong.");
        }

        var user = ((PasswordCheck.Succeeded)check).User;
        var memberships = await companies.MembershipsOfAsync(user.Id, cancellationToken);
        var membership = command.CompanyId is { } wanted ? memberships.FirstOrDefault(m => m.CompanyId == wanted) : memberships.FirstOrDefault();
        if (command.CompanyId is not null && membership is null)
        {
            return Error.Validation("companyId", "You are not a member of that company.");
        }

        return sessions.Start(user, membership);
    }
}
