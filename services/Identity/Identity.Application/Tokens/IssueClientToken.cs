namespace AiVideo.Identity.Application.Tokens;

/// <summary>The client-credentials grant: a configured service client gets a token with the scopes it asked for (default: all it may have).</summary>
public sealed class IssueClientToken(IServiceClients clients, IAccessTokenIssuer tokens, IOptions<IdentityTokenOptions> options)
{
    public sealed record Command(string? ClientId, string? ClientSecret, string? Scope);

    public Result<ClientToken> Execute(Command command)
    {
        var client = clients.Authenticate(command.ClientId ?? "", command.ClientSecret ?? "");
        if (client is null)
        {
            return Error.Unauthorized("invalid_client", "The client is unknown or its secret is wrong.");
        }
        if (!client.Grants.Contains(GrantTypes.ClientCredentials))
        {
            return new Error(ErrorKind.Validation, "unauthorized_client", "This client may not use the client_credentials grant.");
        }

        var requested = string.IsNullOrWhiteSpace(command.Scope)
            ? client.Scopes.ToArray()
            : command.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (requested.Length == 0 || requested.Any(scope => !client.Scopes.Contains(scope)))
        {
            return new Error(ErrorKind.Validation, "invalid_scope", $"This client may ask for: {string.Join(' ', client.Scopes)}.");
        }

        var scopes = requested.Distinct().Order().ToArray();
        var token = tokens.Issue(new AccessTokenClaims(client.ClientId, client.ClientId, scopes, options.Value.ServiceTokenLifetime));
        return new ClientToken(token, string.Join(' ', scopes));
    }
}
