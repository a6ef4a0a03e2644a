namespace AiVideo.Identity.Application.Companies;

/// <summary>
/// Creates another company with the caller as its admin (switch to it with a refresh or sign-in naming it), within the
/// number of companies a user may found (<see cref="CompanyFounding"/>).
/// </summary>
public sealed class CreateCompany(CompanyFounding founding, IUnitOfWork unitOfWork)
{
    public Task<Result<CompanyView>> ExecuteAsync(Actor actor, string? name, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync<CompanyView>(async () =>
        {
            var company = await founding.FoundAsync(actor.UserId, name ?? "", cancellationToken);
            if (!company.IsSuccess)
            {
                return company.Error;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return CompanyView.Of(company.Value, actor.UserId);
        }, cancellationToken);
}
