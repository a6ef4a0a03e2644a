using System.Security.Claims;
using AiVideo.Generation.Application.Companies;
using AiVideo.Generation.Application.Providers;
using AiVideo.Generation.Application.Usage;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// The providers: <c>GET /api/providers</c> (what is configured and what each makes), <c>GET/PUT /api/providers/default</c>
/// (the company's default provider; admins set it), and <c>GET /api/usage/generation</c> (the company's provider calls
/// and their cost in a month, against its limit); and for the other services, with a service token,
/// <c>GET /internal/providers</c> (the names and ports projects-api checks a project's provider against).
/// </summary>
public static class ProviderEndpoints
{
    /// <summary>The body of <c>PUT /api/providers/default</c>: a provider's name, or null for the platform's defaults.</summary>
    public sealed record DefaultProviderRequest(string? Provider);

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/providers", (ListProviders list) => TypedResults.Ok(new { items = list.Execute() }))
            .RequireReadScope().WithTags("Providers").WithName("ListProviders").WithSummary("The configured providers, the ports they serve, models, limits and prices.");

        app.MapGet("/internal/providers", (ProviderCatalog catalog) => TypedResults.Ok(new
            {
                items = catalog.Names.Order(StringComparer.Ordinal).Select(name => new { name, ports = catalog.PortsOf(name) }),
            }))
            .RequireAuthorization(AuthorizationPolicies.Internal).ExcludeFromDescription();

        app.MapGet("/api/providers/default", async (ClaimsPrincipal user, GetCompanyProvider get, CancellationToken cancellationToken) =>
                TypedResults.Ok(await get.ExecuteAsync(Caller.Of(user).CompanyId, cancellationToken)))
            .RequireReadScope().WithTags("Providers").WithName("GetDefaultProvider")
            .WithSummary("The company's default provider and the provider each port runs on for it.");

        app.MapPut("/api/providers/default", async (ClaimsPrincipal user, DefaultProviderRequest? body, SetCompanyProvider set, CancellationToken cancellationToken) =>
            {
                var caller = Caller.Of(user);
                if (!caller.IsAdmin || !user.HasScope(Scopes.UserSession))
                {
                    return Error.Forbidden("Only the company's admins, signed in, choose its default provider.").ToHttp();
                }
                return (await set.ExecuteAsync(caller.CompanyId, body?.Provider, cancellationToken)).ToHttp(view => TypedResults.Ok(view));
            })
            .RequireReadScope().WithTags("Providers").WithName("SetDefaultProvider")
            .WithSummary("Sets (or with null clears) the provider the company's work goes to when a request names none.");

        app.MapGet("/api/usage/generation", async (ClaimsPrincipal user, string? month, GetGenerationUsage usage, CancellationToken cancellationToken) =>
                (await usage.ExecuteAsync(Caller.Of(user).CompanyId, month, cancellationToken)).ToHttp(view => TypedResults.Ok(view)))
            .RequireReadScope().WithTags("Providers").WithName("GetGenerationUsage")
            .WithSummary("The company's provider calls in a month (YYYY-MM, default this one) per provider, model and kind, their cost and the monthly limit.");
        return app;
    }
}
