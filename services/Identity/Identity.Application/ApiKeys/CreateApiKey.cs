using AiVideo.Identity.Domain.ApiKeys;

namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>A member creates an API key for the company their token speaks for; the secret is returned once.</summary>
public sealed class CreateApiKey(ICompanies companies, IApiKeys keys, IUnitOfWork unitOfWork, TimeProvider time)
{
    public sealed record Command(string? Name, IReadOnlyList<string>? Scopes, int? RateLimitPerMinute, int? RateLimitPerHour, DateTimeOffset? ExpiresAt);

    public const int DefaultPerMinute = 60;
    public const int DefaultPerHour = 1000;

    public async Task<Result<CreatedApiKey>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
    {
        if (actor.CompanyId is not { } companyId)
        {
            return Error.Forbidden("API keys belong to a company; sign in to one first.");
        }
        var company = await companies.FindAsync(companyId, cancellationToken);
        if (CompanyAccess.RequireMember(company, actor.UserId) is { } denied)
        {
            return denied;
        }

        var secret = ApiKeySecret.New();
        var key = ApiKey.Create(companyId, actor.UserId, command.Name ?? "", command.Scopes ?? [],
            command.RateLimitPerMinute ?? DefaultPerMinute, command.RateLimitPerHour ?? DefaultPerHour, command.ExpiresAt,
            secret.Prefix, secret.SecretHash, time.GetUtcNow());
        if (!key.IsSuccess)
        {
            return key.Error;
        }
        keys.Add(key.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(ApiKeyView.Of(key.Value), secret.Value);
    }
}
