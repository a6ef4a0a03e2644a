using AiVideo.Identity.Domain.ApiKeys;

namespace AiVideo.Identity.Application.Tokens;

/// <summary>
/// The API-key grant the gateway uses: the token server has authenticated the client and checked it may use this grant;
/// the client presents a caller's key. An active key whose creator is still in its company yields a short-lived token
/// speaking for that company with the key's scopes. Revoked, expired, unknown and mistyped keys are refused alike.
/// </summary>
public sealed class ExchangeApiKey(
    IApiKeys keys, ICompanies companies, IUserAccounts users, IUnitOfWork unitOfWork, IOptions<IdentityTokenOptions> options, TimeProvider time)
{
    /// <param name="ClientId">The authenticated client (the gateway); null when the request named none.</param>
    public sealed record Command(string? ClientId, string? ApiKey);

    public async Task<Result<ApiKeyGrant>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.ClientId))
        {
            return Error.Unauthorized("invalid_client", "The API-key grant is for authenticated clients only.");
        }

        var refused = new Error(ErrorKind.Validation, "invalid_grant", "The API key is not valid.");
        if (!ApiKeySecret.TryParse(command.ApiKey, out var presented))
        {
            return refused;
        }
        var key = await keys.FindByPrefixAsync(presented.Prefix, cancellationToken);
        var now = time.GetUtcNow();
        if (key is null || !OpaqueTokens.Matches(presented.Secret, key.SecretHash) || !key.IsActive(now))
        {
            return refused;
        }

        var company = await companies.FindAsync(key.CompanyId, cancellationToken);
        var creator = company?.MembershipOf(key.CreatedBy);
        var user = creator is null ? null : await users.FindAsync(key.CreatedBy, cancellationToken);
        if (creator is null || user is null)
        {
            return refused;
        }

        if (key.RecordUse(now))
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        var claims = new AccessTokenClaims(
            user.Id.ToString(), command.ClientId, key.Scopes, options.Value.ApiKeyTokenLifetime,
            user.Email, user.Name, key.CompanyId, creator.Role.ToName(), ApiKeyId: key.Id);
        return new ApiKeyGrant(claims, key.Id, key.RateLimitPerMinute, key.RateLimitPerHour);
    }
}
