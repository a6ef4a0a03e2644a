using AiVideo.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AiVideo.Gateway.Edge;

public static class EdgeAuthentication
{
    /// <summary>The scheme the gateway authenticates with: API keys through <see cref="ApiKeyAuthentication"/>, everything else as a bearer token.</summary>
    public const string Scheme = "edge";

    /// <summary>
    /// Tokens are validated at the edge by authority (identity-api's discovery), as every service does; API keys are
    /// exchanged for tokens. The services validate again.
    /// </summary>
    public static IHostApplicationBuilder AddEdgeAuthentication(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddServiceTokens();
        builder.Services.AddHttpClient(ApiKeyExchange.HttpClientName);
        builder.Services.AddSingleton<ApiKeyExchange>();
        builder.Services.AddAuthentication(Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddPolicyScheme(Scheme, "bearer token or API key", options => options.ForwardDefaultSelector = context =>
                ApiKeyAuthentication.Presents(context.Request) ? ApiKeyAuthentication.SchemeName : JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddEdgePolicies();
        return builder;
    }
}
