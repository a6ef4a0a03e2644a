using AiVideo.Identity.Domain.ApiKeys;

namespace AiVideo.Identity.Application.Tokens;

/// <summary>
/// The API-key grant the gateway uses: the gateway authenticates as a client allowed this grant and presents a caller's
/// key; an active key whose creator is still in its company yields a short-lived token speaking for that company with
/// the key's scopes. Revoked, expired, unknown and mistyped keys are refused alike.
/// </summary>
public sealed class ExchangeApiKey(
    IServiceClients clients, IApiKeys keys, ICompanies companies, IUserAccounts users, IAccessTokenIssuer tokens,
    IUnitOfWork unitOfWork, IOptions<IdentityTokenOptions> options, TimeProvider time)
{
    public sealed record Command(string? ClientId, string? ClientSecret, string? ApiKey);

    public async Task<Result<ApiKeyToken>> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var client = clients.Authenticate(command.ClientId ?? "", command.ClientSecret ?? "");
        if (client is null)
        {
            return Error.Unauthorized("invalid_client", "The client is unknown or its secret is wrong.");
        }
        if (!client.Grants.Contains(GrantTypes.ApiKey))
        {
            return new Error(ErrorKind.Validation, "unauthorized_client", "This client may not exchange API keys.");
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
        var token = tokens.Issue(new AccessTokenClaims(
            user.Id.ToString(), client.ClientId, key.Scopes, options.Value.ApiKeyTokenLifetime,
            user.Email, user.Name, key.CompanyId, creator.Role.ToName(), ApiKeyId: key.Id));
        return new ApiKeyToken(token, string.Join(' ', key.Scopes), key.Id, key.RateLimitPerMinute, key.RateLimitPerHour);
    }
}
