namespace AiVideo.Identity.Application.Tokens;

/// <summary>
/// The client-credentials grant: a configured service client (authenticated by the token server) gets a token for itself
/// with the scopes it asked for, or all it may have when it asked for none; no refresh token, no user.
/// </summary>
public sealed class IssueServiceToken(IServiceClients clients, IOptions<IdentityTokenOptions> options)
{
    public sealed record Command(string ClientId, IReadOnlyCollection<string> Scopes);

    public Result<AccessTokenClaims> Execute(Command command)
    {
        var client = clients.Find(command.ClientId);
        if (client is null)
        {
            return Error.Unauthorized("invalid_client", "The client is unknown or its secret is wrong.");
        }
        if (!client.Grants.Contains(GrantTypes.ClientCredentials))
        {
            return new Error(ErrorKind.Validation, "unauthorized_client", "This client may not use the client_credentials grant.");
        }

        var requested = command.Scopes.Count == 0 ? client.Scopes.ToArray() : command.Scopes.ToArray();
        if (requested.Length == 0 || requested.Any(scope => !client.Scopes.Contains(scope)))
        {
            return new Error(ErrorKind.Validation, "invalid_scope", $"This client may ask for: {string.Join(' ', client.Scopes.Order())}.");
        }

        var scopes = requested.Distinct().Order().ToArray();
        return new AccessTokenClaims(client.ClientId, client.ClientId, scopes, options.Value.ServiceTokenLifetime);
    }
}
