using System.Security.Claims;
using AiVideo.Identity.Api.TokenServer;
using AiVideo.Identity.Application.Accounts;
using AiVideo.Identity.Application.Sessions;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// The platform's own sign-in API (camelCase JSON). Register, login and refresh are token requests to the token server
/// (OpenIddict), which issues the tokens; the routes check the credentials through their use cases.
/// </summary>
public static class AuthEndpoints
{
    public sealed record RegisterRequest(string? Email, string? Password, string? Name, string? CompanyName);

    public sealed record LoginRequest(string? Email, string? Password, Guid? CompanyId);

    public sealed record RefreshRequest(string? RefreshToken, Guid? CompanyId);

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        // No Idempotency-Key: its answer holds the session's tokens, and an anonymous caller has no namespace for keys.
        group.MapPost("/register", RegisterAsync).AllowAnonymous().WithName("Register")
            .WithSummary("Creates an account and a company the user administers, and signs in (a repeated registration is a 409: the email is taken).")
            .Produces<AuthResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/login", LoginAsync).AllowAnonymous().WithName("Login")
            .WithSummary("Signs in with email and password.")
            .Produces<AuthResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithName("Refresh")
            .WithSummary("Trades a refresh token (once) for new tokens; a reused one ends its session.")
            .Produces<AuthResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(IdentityPolicies.UserSession).WithName("Logout")
            .WithSummary("Ends the caller's session: its refresh tokens stop working.");
        group.MapGet("/profile", ProfileAsync).RequireAuthorization(IdentityPolicies.UserSession).WithName("Profile")
            .WithSummary("The caller, with their company and role.").Produces<UserView>();
        return group;
    }

    private static async Task<IResult> RegisterAsync(RegisterRequest request, HttpContext http, Register register, CancellationToken cancellationToken) =>
        (await register.ExecuteAsync(new Register.Command(request.Email ?? "", request.Password ?? "", request.Name ?? "", request.CompanyName), cancellationToken))
            .ToHttp(grant => FirstPartySession.Issue(http, grant, StatusCodes.Status201Created));

    private static async Task<IResult> LoginAsync(LoginRequest request, HttpContext http, SignIn signIn, CancellationToken cancellationToken) =>
        (await signIn.ExecuteAsync(new SignIn.Command(request.Email ?? "", request.Password ?? "", request.CompanyId, ClientAddress.Of(http)), cancellationToken))
            .ToHttp(grant => FirstPartySession.Issue(http, grant));

    /// <summary>The token server has checked the refresh token (unknown, expired, ended and reused ones never get here).</summary>
    private static async Task<IResult> RefreshAsync(RefreshRequest request, HttpContext http, RefreshSession refresh, CancellationToken cancellationToken)
    {
        if (http.GetOpenIddictServerRequest()?.IsRefreshTokenGrantType() != true)
        {
            return new ErrorResult(Error.Validation("refreshToken", "A refresh token is required."));
        }
        var presented = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
            ?? throw new InvalidOperationException("The token server let a refresh through without its token.");
        var (session, user, company) = TokenPrincipal.SessionOf(presented);
        return (await refresh.ExecuteAsync(new RefreshSession.Command(session, presented.GetTokenId(), user, company, request.CompanyId), cancellationToken))
            .ToHttp(grant => FirstPartySession.Issue(http, grant));
    }

    private static async Task<IResult> LogoutAsync(ClaimsPrincipal user, SignOut signOut, CancellationToken cancellationToken) =>
        (await signOut.ExecuteAsync(user.ToActor(), user.SessionId(), cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ProfileAsync(ClaimsPrincipal user, GetProfile profile, CancellationToken cancellationToken) =>
        (await profile.ExecuteAsync(user.ToActor(), cancellationToken)).ToHttp(view => TypedResults.Ok(view));
}
