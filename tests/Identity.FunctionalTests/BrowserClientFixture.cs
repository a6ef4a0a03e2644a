using Microsoft.AspNetCore.Mvc.Testing;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>identity-api with a registered public browser client (authorization code with PKCE), as a web frontend is configured.</summary>
public sealed class BrowserClientFixture : IdentityFixture
{
    public const string ClientId = "studio";
    public const string RedirectUri = "https://studio.aivideo.test/signin-oidc";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        [$"Identity:Clients:{ClientId}:RedirectUris:0"] = RedirectUri,
    };

    /// <summary>A browser: keeps cookies, does not follow redirects (the test reads each one).</summary>
    public Browser NewBrowser() => new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
