using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// <c>/api/videos</c>: videos from a prompt (prompt, model or provider, size, seconds, optional reference picture), in
/// the platform's own shape (camelCase, problem+json errors, cursor paging): create, list, read, download, remix, delete.
/// </summary>
public static class VideoEndpoints
{
    public static RouteGroupBuilder MapVideosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/videos").WithTags("Videos");
        group.MapPost("/", CreateAsync).RequireScope(Scopes.GenerationRun).WithIdempotency().WithName("CreateVideo")
            .WithSummary("Starts a video from a prompt: JSON { prompt, model?, provider?, size?, seconds?, referenceFileId? } or a form with a 'reference' image.")
            .Produces<VideoView>(StatusCodes.Status202Accepted).ProducesValidationProblem();
        group.MapGet("/", ListAsync).RequireReadScope().WithName("ListVideos").Produces<CursorPage<VideoView>>();
        group.MapGet("/{id:guid}", GetAsync).RequireReadScope().WithName("GetVideo").Produces<VideoView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapMethods("/{id:guid}/content", ["GET", "HEAD"], ContentAsync).RequireReadScope().WithName("GetVideoContent")
            .WithSummary("The completed video's MP4 (variant=video, the default) or its JPEG thumbnail (variant=thumbnail), with Range support.");
        group.MapPost("/{id:guid}/remix", RemixAsync).RequireScope(Scopes.GenerationRun).WithIdempotency().WithName("RemixVideo")
            .WithSummary("A new video from a completed one and a new prompt: { prompt }.").Produces<VideoView>(StatusCodes.Status202Accepted);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireScope(Scopes.GenerationRun).WithName("DeleteVideo")
            .WithSummary("Deletes the video (cancelling it if it is still being made) and its files.");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, CreateVideo create, CancellationToken cancellationToken)
    {
        var read = await VideoRequestReader.ReadAsync(request, openAi: false, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error.ToHttp();
        }
        var caller = Caller.Of(user);
        return (await create.ExecuteAsync(caller.CompanyId, caller.UserId, read.Value, cancellationToken))
            .ToHttp(video => TypedResults.Accepted($"/api/videos/{video.Id}", video));
    }

    private static async Task<IResult> ListAsync(string? cursor, int? limit, ClaimsPrincipal user, ListVideos list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return TypedResults.Ok(await list.ExecuteAsync(Caller.Of(user).CompanyId, page, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetVideo get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(Caller.Of(user).CompanyId, id, cancellationToken)).ToHttp(video => TypedResults.Ok(video));

    private static async Task<IResult> ContentAsync(Guid id, string? variant, HttpRequest request, ClaimsPrincipal user, ReadVideoContent read,
        CancellationToken cancellationToken)
    {
        var content = await read.ExecuteAsync(Caller.Of(user).CompanyId, id, variant, request.Headers.Range.FirstOrDefault(), cancellationToken);
        return content.IsSuccess
            ? new MediaStreamResult(content.Value, variant == ReadVideoContent.Thumbnail ? $"{id}.jpg" : $"{id}.mp4")
            : content.Error.ToHttp();
    }

    private static async Task<IResult> RemixAsync(Guid id, HttpRequest request, ClaimsPrincipal user, RemixVideo remix, CancellationToken cancellationToken)
    {
        var prompt = await VideoRequestReader.ReadPromptAsync(request, cancellationToken);
        if (!prompt.IsSuccess)
        {
            return prompt.Error.ToHttp();
        }
        var caller = Caller.Of(user);
        return (await remix.ExecuteAsync(caller.CompanyId, caller.UserId, id, prompt.Value, cancellationToken))
            .ToHttp(video => TypedResults.Accepted($"/api/videos/{video.Id}", video));
    }

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, DeleteVideo delete, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(user);
        return (await delete.ExecuteAsync(caller.CompanyId, caller.UserId, caller.IsAdmin, id, cancellationToken)).ToHttp(() => TypedResults.NoContent());
    }
}
