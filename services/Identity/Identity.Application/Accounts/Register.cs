namespace AiVideo.Identity.Application.Accounts;

/// <summary>Creates an account and a company the new user administers, all or nothing, and grants them a session.</summary>
public sealed class Register(IUserAccounts users, Companies.CompanyFounding founding, Sessions.SessionStarter sessions, IUnitOfWork unitOfWork)
{
    public sealed record Command(string Email, string Password, string Name, string? CompanyName);

    private sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.Password).PresentPassword();
            RuleFor(c => c.Name).ValidPersonName();
            RuleFor(c => c.CompanyName).MaximumLength(Company.MaxNameLength)
                .WithMessage($"A company name has at most {Company.MaxNameLength} characters.");
        }
    }

    private static readonly Validator Rules = new();

    public async Task<Result<SessionGrant>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }

        return await unitOfWork.InTransactionAsync<SessionGrant>(async () =>
        {
            var user = await users.CreateAsync(command.Email.Trim(), command.Password, command.Name.Trim(), cancellationToken);
            if (!user.IsSuccess)
            {
                return user.Error;
            }
            var name = string.IsNullOrWhiteSpace(command.CompanyName) ? $"{user.Value.Name}'s company" : command.CompanyName;
            var company = await founding.FoundAsync(user.Value.Id, name[..Math.Min(name.Length, Company.MaxNameLength)], cancellationToken);
            if (!company.IsSuccess)
            {
                return company.Error;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return sessions.Start(user.Value, company.Value.MembershipOf(user.Value.Id));
        }, cancellationToken);
    }
}
