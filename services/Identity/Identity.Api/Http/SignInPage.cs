using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace AiVideo.Identity.Api.Http;

/// <summary>identity's sign-in page: a server-rendered form (email, password, where to go back to) with an antiforgery token.</summary>
public static class SignInPage
{
    /// <summary>Where a signed-in person may be sent back to: only the authorization endpoint of this service.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/connect/authorize", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
            && !url.Contains('\\')
            ? url
            : "/connect/authorize";

    public static IResult Render(HttpContext http, string? returnUrl, string? email, string? message, int statusCode)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var html = HtmlEncoder.Default;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        var error = message is null ? "" : $"""<p role="alert" class="error">{html.Encode(message)}</p>""";
        var action = html.Encode($"{http.Request.PathBase}/connect/signin");
        var token = html.Encode(tokens.RequestToken ?? "");
        var emailValue = html.Encode(email ?? "");
        var page = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · AiVideo</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; }
                input { margin: .25rem 0 1rem; padding: .5rem; }
                button { padding: .6rem; }
                .error { color: #b00020; }
              </style>
            </head>
            <body>
              <h1>Sign in</h1>
              {{error}}
              <form method="post" action="{{action}}">
                <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{token}}">
                <input type="hidden" name="returnUrl" value="{{html.Encode(SafeReturnUrl(returnUrl))}}">
                <label for="email">Email</label>
                <input id="email" name="email" type="email" autocomplete="username" required value="{{emailValue}}">
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
              </form>
            </body>
            </html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: statusCode);
    }
}
