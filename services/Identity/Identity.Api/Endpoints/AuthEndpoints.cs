using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Identity.Application.Accounts;
using AiVideo.Identity.Application.Sessions;

namespace AiVideo.Identity.Api.Endpoints;

public static class AuthEndpoints
{
    public sealed record RegisterRequest(string? Email, string? Password, string? Name, string? CompanyName);

    public sealed record LoginRequest(string? Email, string? Password, Guid? CompanyId);

    public sealed record RefreshRequest(string? RefreshToken, Guid? CompanyId);

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/register", RegisterAsync).AllowAnonymous().WithIdempotency().WithName("Register")
            .WithSummary("Creates an account and a company the user administers, and signs in.")
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

    private static async Task<IResult> RegisterAsync(RegisterRequest request, Register register, CancellationToken cancellationToken) =>
        (await register.ExecuteAsync(new Register.Command(request.Email ?? "", request.Password ?? "", request.Name ?? "", request.CompanyName), cancellationToken))
            .ToHttp(tokens => TypedResults.Created("/api/auth/profile", AuthResponse.From(tokens)));

    private static async Task<IResult> LoginAsync(LoginRequest request, SignIn signIn, CancellationToken cancellationToken) =>
        (await signIn.ExecuteAsync(new SignIn.Command(request.Email ?? "", request.Password ?? "", request.CompanyId), cancellationToken))
            .ToHttp(tokens => TypedResults.Ok(AuthResponse.From(tokens)));

    private static async Task<IResult> RefreshAsync(RefreshRequest request, RefreshSession refresh, CancellationToken cancellationToken) =>
        (await refresh.ExecuteAsync(new RefreshSession.Command(request.RefreshToken ?? "", request.CompanyId), cancellationToken))
            .ToHttp(tokens => TypedResults.Ok(AuthResponse.From(tokens)));

    private static async Task<IResult> LogoutAsync(ClaimsPrincipal user, SignOut signOut, CancellationToken cancellationToken) =>
        (await signOut.ExecuteAsync(user.ToActor(), user.SessionId(), cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ProfileAsync(ClaimsPrincipal user, GetProfile profile, CancellationToken cancellationToken) =>
        (await profile.ExecuteAsync(user.ToActor(), cancellationToken)).ToHttp(view => TypedResults.Ok(view));
}
