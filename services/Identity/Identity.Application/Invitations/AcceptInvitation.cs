using AiVideo.Identity.Domain.Users;

namespace AiVideo.Identity.Application.Invitations;

/// <summary>
/// Accepts an invitation, once: a new person creates their account with the invited email (name and password); an
/// existing account either is signed in already with that email or gives its password. Either way the user joins the
/// company with the invited role and is granted a session in it.
/// </summary>
public sealed class AcceptInvitation(
    IInvitations invitations, ICompanies companies, IUserAccounts users, Sessions.SessionStarter sessions, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <param name="Client">Who is accepting, for throttling password checks: the caller's network address.</param>
    public sealed record Command(string Token, string? Password, string? Name, string Client = "");

    /// <summary>The session in the company, and whether the account was created by this acceptance.</summary>
    public sealed record Accepted(SessionGrant Session, bool AccountCreated);

    public async Task<Result<Accepted>> ExecuteAsync(Actor? actor, Command command, CancellationToken cancellationToken)
    {
        var invitation = string.IsNullOrWhiteSpace(command.Token) || command.Token.Length > 200
            ? null
            : await invitations.FindByTokenHashAsync(OpaqueTokens.Hash(command.Token), cancellationToken);
        if (invitation is null)
        {
            return Error.NotFound("invitation");
        }

        var existing = await users.FindByEmailAsync(invitation.Email, cancellationToken);
        UserAccountView? user = existing;
        if (actor is not null)
        {
            if (existing is null || existing.Id != actor.UserId)
            {
                return Error.Forbidden("This invitation is for another email address.");
            }
        }
        else if (existing is not null)
        {
            if (string.IsNullOrEmpty(command.Password))
            {
                return Error.Validation("password", "An account with this email exists: give its password (or accept while signed in).");
            }
            switch (await users.CheckPasswordAsync(existing.Email, command.Password, command.Client, cancellationToken))
            {
                case PasswordCheck.LockedOut locked:
                    return Error.TooManyRequests("Too many failed sign-in attempts for this email; try again later.", locked.RetryAfter);
                case not PasswordCheck.Succeeded:
                    return Error.Unauthorized("invalid_credentials", "The password is wrong.");
            }
        }
        else
        {
            var fields = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > Rules.MaxNameLength)
            {
                fields["name"] = [$"A name of 1 to {Rules.MaxNameLength} characters is required to create the account."];
            }
            if (string.IsNullOrEmpty(command.Password) || command.Password.Length > Rules.MaxPasswordLength)
            {
                fields["password"] = ["A password is required to create the account."];
            }
            if (fields.Count > 0)
            {
                return Error.Validation(fields);
            }
        }

        return await unitOfWork.InTransactionAsync<Accepted>(async () =>
        {
            var created = user is null;
            if (user is null)
            {
                var account = await users.CreateAsync(invitation.Email, command.Password!, command.Name!.Trim(), cancellationToken);
                if (!account.IsSuccess)
                {
                    return account.Error;
                }
                user = account.Value;
            }

            var now = time.GetUtcNow();
            var accepted = invitation.Accept(user.Id, now);
            if (!accepted.IsSuccess)
            {
                return accepted.Error;
            }
            var company = await companies.FindAsync(invitation.CompanyId, cancellationToken);
            if (company is null)
            {
                return Error.Gone("company_deleted", "The company no longer exists.");
            }
            var joined = company.AddMember(user.Id, invitation.Role, now);
            if (!joined.IsSuccess)
            {
                return joined.Error;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return new Accepted(sessions.Start(user, company.MembershipOf(user.Id)), created);
        }, cancellationToken);
    }
}
