namespace AiVideo.Identity.Api.TokenServer;

/// <summary>
/// The platform's own JSON routes that hand out tokens (register, login, refresh, invitation acceptance): to the token
/// server they are token requests (the body mapped onto one, see <see cref="FirstPartyRequestReader"/>), their answers
/// keep the API's camelCase shape (<see cref="FirstPartyResponseWriter"/>).
/// </summary>
public static class FirstPartyRoutes
{
    public const string Register = "/api/auth/register";
    public const string Login = "/api/auth/login";
    public const string Refresh = "/api/auth/refresh";
    public const string AcceptInvitation = "/api/invitations/accept";

    /// <summary>
    /// The grant type a JSON route's request is given when it is not a refresh: the route's own use case checks the
    /// credentials. It is not offered anywhere else: <c>/connect/token</c> refuses it and discovery does not list it.
    /// </summary>
    public const string Grant = "urn:aivideo:params:oauth:grant-type:first-party";

    /// <summary>Marks a token request made by one of these routes (a transaction property).</summary>
    public const string TransactionProperty = "aivideo:first-party-route";

    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(Register, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(Login, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(Refresh, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AcceptInvitation, StringComparison.OrdinalIgnoreCase));
}
