using System.Security.Claims;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary><c>/api/generations/{requestId}</c>: any job of the caller's company by its request id, and cancelling it.</summary>
public static class GenerationEndpoints
{
    public sealed record CancelRequest(string? Reason);

    public static RouteGroupBuilder MapGenerationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/generations").WithTags("Generations");
        group.MapGet("/{requestId:guid}", GetAsync).RequireReadScope().WithName("GetGeneration")
            .WithSummary("The job of a request: kind, status, stage, progress, attempts and the last error.")
            .Produces<GenerationView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{requestId:guid}/cancel", CancelAsync).RequireScope(Scopes.GenerationRun).WithName("CancelGeneration")
            .WithSummary("Stops the request's job: a queued one never runs, a running one's tools are stopped. A finished job is a 409.")
            .Produces<GenerationView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> GetAsync(Guid requestId, ClaimsPrincipal user, GetGeneration get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(Caller.Of(user).CompanyId, requestId, cancellationToken)).ToHttp(view => TypedResults.Ok(view));

    private static async Task<IResult> CancelAsync(Guid requestId, CancelRequest? body, ClaimsPrincipal user, CancelGeneration cancel, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(body?.Reason) ? "cancelled by the user" : body.Reason.Trim();
        if (reason.Length > 200)
        {
            return Error.Validation("reason", "The reason is at most 200 characters.").ToHttp();
        }
        return (await cancel.ExecuteAsync(Caller.Of(user).CompanyId, requestId, reason, announce: true, cancellationToken)).ToHttp(view => TypedResults.Ok(view));
    }
}
