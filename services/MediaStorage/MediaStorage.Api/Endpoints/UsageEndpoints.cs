using System.Security.Claims;
using AiVideo.MediaStorage.Application.Usage;
using AiVideo.ServiceDefaults.Authentication;

namespace AiVideo.MediaStorage.Api.Endpoints;

public static class UsageEndpoints
{
    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/usage", GetAsync).WithTags("Usage").WithName("GetUsage")
            .WithSummary("Bytes and files the caller's company keeps, bytes held for uploads under way, its quota and what is left.")
            .RequireScope(Scopes.MediaRead)
            .Produces<UsageView>();
        return app;
    }

    private static async Task<IResult> GetAsync(ClaimsPrincipal user, GetUsage usage, CancellationToken cancellationToken) =>
        TypedResults.Ok(await usage.ExecuteAsync(Guid.Parse(user.FindFirstValue(ClaimNames.CompanyId)!), cancellationToken));
}
