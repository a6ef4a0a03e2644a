using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>The discovery document as a standard OpenID Connect client reads it (Microsoft.IdentityModel's retriever, which JwtBearer and the OIDC handler use).</summary>
public sealed class DiscoveryTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Discovery_has_the_fields_a_standard_openid_connect_client_reads()
    {
        var fresh = await identity.Client.RegisterAsync();

        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(
            new Uri(identity.Client.Http.BaseAddress!, "/.well-known/openid-configuration").ToString(),
            new HttpDocumentRetriever(identity.Client.Http) { RequireHttps = false }, CancellationToken.None);

        configuration.Issuer.Should().Be(IdentitySettings.Issuer, "tokens carry this exact string as iss");
        configuration.AuthorizationEndpoint.Should().EndWith("/connect/authorize");
        configuration.TokenEndpoint.Should().EndWith("/connect/token");
        configuration.JwksUri.Should().EndWith("/.well-known/jwks.json");
        configuration.ResponseTypesSupported.Should().Contain("code");
        configuration.SubjectTypesSupported.Should().Contain("public");
        configuration.IdTokenSigningAlgValuesSupported.Should().Contain("RS256");
        configuration.ScopesSupported.Should().Contain(["openid", "offline_access", Scopes.UserSession, Scopes.Internal]);
        configuration.GrantTypesSupported.Should().Contain(["authorization_code", "refresh_token", "password", "client_credentials", IdentitySettings.ApiKeyGrant]);
        configuration.GrantTypesSupported.Should().NotContain(g => g.Contains("first-party"), "the JSON routes' internal grant is offered to no client");
        configuration.CodeChallengeMethodsSupported.Should().Equal("S256");
        configuration.TokenEndpointAuthMethodsSupported.Should().Contain(["client_secret_basic", "client_secret_post"]);
        configuration.SigningKeys.Select(k => k.KeyId).Should().Contain(Jwt.Header(fresh.AccessToken).GetProperty("kid").GetString(),
            "the retriever follows jwks_uri and finds the key that signs tokens now");
    }

    [Fact]
    public async Task Through_a_proxy_discovery_names_the_configured_public_addresses_whatever_host_the_request_names()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-Host", "attacker.example");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var discovery = await IdentityClient.JsonAsync(await identity.Client.Http.SendAsync(request));

        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "jwks_uri" })
        {
            discovery.GetProperty(endpoint).GetString().Should().StartWith(IdentitySettings.Issuer + "/", endpoint);
        }
    }
}
