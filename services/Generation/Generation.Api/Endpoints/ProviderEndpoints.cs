using AiVideo.Generation.Application.Providers;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary><c>GET /api/providers</c>: the providers configured here, what each makes, its models and limits.</summary>
public static class ProviderEndpoints
{
    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/providers", (ListProviders list) => TypedResults.Ok(new { items = list.Execute() }))
            .RequireReadScope().WithTags("Providers").WithName("ListProviders").WithSummary("The configured providers, their kinds of work, models and limits.");
        return app;
    }
}
