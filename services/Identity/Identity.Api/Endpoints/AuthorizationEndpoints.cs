using System.Security.Claims;
using AiVideo.Identity.Application.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// The authorization code flow for browser clients: <c>/connect/authorize</c> (the token server has checked the client,
/// its redirect URI and the PKCE challenge) sends a person who is not signed in to identity's sign-in page, and otherwise
/// grants their session to the client with a one-time code; the client trades it at <c>/connect/token</c> with its
/// PKCE verifier. The sign-in page keeps the person signed in with a cookie of its own (path <c>/connect</c>).
/// </summary>
public static class AuthorizationEndpoints
{
    /// <summary>The cookie scheme of the sign-in page's session.</summary>
    public const string SignInScheme = "identity-sign-in";

    public const string SignInPath = "/connect/signin";

    public sealed record SignInForm(string? Email, string? Password, string? ReturnUrl);

    public static IEndpointRouteBuilder MapAuthorizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/connect").WithTags("OAuth").AllowAnonymous();
        group.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).WithName("Authorize")
            .WithSummary("The authorization endpoint (authorization code with PKCE): signs the person in, then redirects to the client with a code.");
        group.MapGet("/signin", ShowSignIn).WithName("SignInPage").WithSummary("The sign-in form (HTML).").ExcludeFromDescription();
        group.MapPost("/signin", SignInAsync).WithName("SignInForm").WithSummary("Checks the sign-in form and goes back to the authorization.")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, AuthorizeSession authorize, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The token server did not hand over the authorization request.");
        var signedIn = await http.AuthenticateAsync(SignInScheme);
        if (!signedIn.Succeeded || request.HasPromptValue(Oidc.PromptValues.Login)
            || !Guid.TryParse(signedIn.Principal.FindFirstValue(ClaimNames.Subject), out var userId))
        {
            if (request.HasPromptValue(Oidc.PromptValues.None))
            {
                return Refuse(Oidc.Errors.LoginRequired, "The user is not signed in.");
            }
            var again = QueryString.Create(request.GetParameters()
                .Where(parameter => parameter.Key != Oidc.Parameters.Prompt)
                .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value)));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = $"{http.Request.PathBase}{http.Request.Path}{again}" }, [SignInScheme]);
        }

        var granted = await authorize.ExecuteAsync(userId, cancellationToken);
        if (!granted.IsSuccess)
        {
            await http.SignOutAsync(SignInScheme);
            return Refuse(Oidc.Errors.LoginRequired, granted.Error.Message);
        }
        var scopes = request.GetScopes().Append(Scopes.UserSession).Distinct(StringComparer.Ordinal).ToArray();
        var principal = TokenPrincipal.From(granted.Value.Claims with { ClientId = request.ClientId!, Scopes = scopes });
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult ShowSignIn(HttpContext http, string? returnUrl) => SignInPage.Render(http, returnUrl, email: null, message: null, StatusCodes.Status200OK);

    /// <summary>The form is antiforgery-checked (a form-bound endpoint); the password check counts and throttles like any sign-in.</summary>
    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, HttpContext http, SignIn signIn, CancellationToken cancellationToken)
    {
        var result = await signIn.ExecuteAsync(new SignIn.Command(form.Email ?? "", form.Password ?? "", null, ClientAddress.Of(http)), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            }
            var status = result.Error.Kind switch
            {
                ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
                ErrorKind.Validation => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status401Unauthorized,
            };
            return SignInPage.Render(http, form.ReturnUrl, form.Email, result.Error.Message, status);
        }

        var person = new ClaimsIdentity(SignInScheme, ClaimNames.Name, ClaimNames.Role);
        person.AddClaim(new Claim(ClaimNames.Subject, result.Value.User.Id.ToString()));
        await http.SignInAsync(SignInScheme, new ClaimsPrincipal(person));
        return Results.Redirect(SignInPage.SafeReturnUrl(form.ReturnUrl));
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
