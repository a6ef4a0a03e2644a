using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>
/// A person's browser at identity's authorization endpoint and sign-in page, and the browser client's side of the
/// authorization code flow with PKCE (RFC 7636): it makes a verifier, sends its S256 challenge, and trades the code.
/// </summary>
public sealed partial class Browser(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Jwt.Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Jwt.Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizePath(string challenge, string state, string redirectUri = BrowserClientFixture.RedirectUri,
        string scope = "openid offline_access", string? prompt = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = BrowserClientFixture.ClientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["prompt"] = prompt,
        };
        return QueryHelpers.AddQueryString("/connect/authorize", query.Where(p => p.Value is not null));
    }

    /// <summary>Follows the authorization request through the sign-in page (if asked to sign in) to the client's redirect URI; returns its query.</summary>
    public async Task<Dictionary<string, string>> AuthorizeAsync(string challenge, string state, string email, string password = IdentityClient.Password)
    {
        var response = await Http.GetAsync(AuthorizePath(challenge, state));
        if (IsRedirectTo(response, "/connect/signin"))
        {
            var page = await Http.GetAsync(response.Headers.Location);
            await IdentityClient.Expect(page, HttpStatusCode.OK);
            var signedIn = await SubmitSignInAsync(await page.Content.ReadAsStringAsync(), email, password);
            signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
            response = await Http.GetAsync(signedIn.Headers.Location);
        }
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).Should().Be(BrowserClientFixture.RedirectUri);
        return QueryOf(location);
    }

    /// <summary>Posts the sign-in page's form (with the antiforgery token and return address the page carries).</summary>
    public Task<HttpResponseMessage> SubmitSignInAsync(string page, string email, string password, bool withAntiforgeryToken = true)
    {
        var form = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form.Should().ContainKeys("__RequestVerificationToken", "returnUrl");
        if (!withAntiforgeryToken)
        {
            form.Remove("__RequestVerificationToken");
        }
        form["email"] = email;
        form["password"] = password;
        return Http.PostAsync("/connect/signin", new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string code, string verifier, string redirectUri = BrowserClientFixture.RedirectUri) =>
        TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = BrowserClientFixture.ClientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["client_id"] = BrowserClientFixture.ClientId, ["refresh_token"] = refreshToken });

    public Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form) => Http.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    public static bool IsRedirectTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == path;

    public static Dictionary<string, string> QueryOf(Uri location) =>
        QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}
