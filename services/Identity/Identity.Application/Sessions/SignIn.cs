namespace AiVideo.Identity.Application.Sessions;

/// <summary>
/// Signs in with email and password into one of the user's companies (the one asked for, else the most recently joined).
/// Wrong credentials and unknown emails answer alike; too many failures lock the email out for a while.
/// </summary>
public sealed class SignIn(IUserAccounts users, ICompanies companies, SessionStarter sessions, IUnitOfWork unitOfWork)
{
    public sealed record Command(string Email, string Password, Guid? CompanyId = null);

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage("An email is required.").MaximumLength(Domain.Users.EmailAddress.MaxLength);
            RuleFor(c => c.Password).PresentPassword();
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<SessionTokens>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }

        var check = await users.CheckPasswordAsync(command.Email.Trim(), command.Password, cancellationToken);
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

        var tokens = sessions.Start(user, membership);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return tokens;
    }
}
