using System.Security.Claims;
using System.Text.Json.Serialization;
using AiVideo.BuildingBlocks.Idempotency;

namespace AiVideo.Generation.Api.Endpoints;

/// <summary>
/// <c>/v1/videos</c>: the same videos in the shape of OpenAI's video API, so clients written for it work unchanged:
/// create (JSON or multipart with <c>input_reference</c>), list (<c>after</c>, <c>limit</c>, <c>order</c>), retrieve,
/// download (<c>variant=video|thumbnail</c>), remix, delete (<c>video.deleted</c>), errors as
/// <c>{ "error": { ... } }</c>. Authenticated like every route: a bearer token, or an API key the gateway exchanges.
/// </summary>
public static class OpenAiVideoEndpoints
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public sealed record VideoList(
        [property: JsonPropertyName("object")] string Object,
        [property: JsonPropertyName("data")] IReadOnlyList<OpenAiVideo> Data,
        [property: JsonPropertyName("first_id")] string? FirstId,
        [property: JsonPropertyName("last_id")] string? LastId,
        [property: JsonPropertyName("has_more")] bool HasMore);

    public sealed record Deleted(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("object")] string Object,
        [property: JsonPropertyName("deleted")] bool IsDeleted);

    public static RouteGroupBuilder MapOpenAiVideosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/videos").WithTags("OpenAI-compatible videos");
        group.MapPost("/", CreateAsync).RequireScope(Scopes.GenerationRun).WithIdempotency().WithName("OpenAiCreateVideo")
            .WithSummary("OpenAI's POST /v1/videos: prompt, model, seconds (4, 8, 12), size, input_reference.").Produces<OpenAiVideo>();
        group.MapGet("/", ListAsync).RequireReadScope().WithName("OpenAiListVideos").Produces<VideoList>();
        group.MapGet("/{id}", GetAsync).RequireReadScope().WithName("OpenAiGetVideo").Produces<OpenAiVideo>();
        group.MapMethods("/{id}/content", ["GET", "HEAD"], ContentAsync).RequireReadScope().WithName("OpenAiGetVideoContent");
        group.MapPost("/{id}/remix", RemixAsync).RequireScope(Scopes.GenerationRun).WithIdempotency().WithName("OpenAiRemixVideo").Produces<OpenAiVideo>();
        group.MapDelete("/{id}", DeleteAsync).RequireScope(Scopes.GenerationRun).WithName("OpenAiDeleteVideo").Produces<Deleted>();
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, CreateVideo create, CancellationToken cancellationToken)
    {
        var read = await VideoRequestReader.ReadAsync(request, openAi: true, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error.ToOpenAi();
        }
        var caller = Caller.Of(user);
        return (await create.ExecuteAsync(caller.CompanyId, caller.UserId, read.Value, cancellationToken)).ToOpenAi(video => TypedResults.Ok(OpenAiVideo.Of(video)));
    }

    private static async Task<IResult> ListAsync(string? after, int? limit, string? order, ClaimsPrincipal user, ListVideos list, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Error.Validation("limit", $"The limit is 1 to {MaxLimit}.").ToOpenAi();
        }
        if (order is not (null or "asc" or "desc"))
        {
            return Error.Validation("order", "The order is asc or desc.").ToOpenAi();
        }
        Guid? afterId = null;
        if (after is not null)
        {
            if (!OpenAiVideo.TryParseId(after, out var parsed))
            {
                return Error.Validation("after", "The cursor is the id of a video.").ToOpenAi();
            }
            afterId = parsed;
        }
        return (await list.AfterAsync(Caller.Of(user).CompanyId, afterId, limit ?? DefaultLimit, order == "asc", cancellationToken)).ToOpenAi(page =>
        {
            var data = page.Videos.Select(OpenAiVideo.Of).ToList();
            return TypedResults.Ok(new VideoList("list", data, data.FirstOrDefault()?.Id, data.LastOrDefault()?.Id, page.HasMore));
        });
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, GetVideo get, CancellationToken cancellationToken) =>
        OpenAiVideo.TryParseId(id, out var videoId)
            ? (await get.ExecuteAsync(Caller.Of(user).CompanyId, videoId, cancellationToken)).ToOpenAi(video => TypedResults.Ok(OpenAiVideo.Of(video)))
            : Error.NotFound("video").ToOpenAi();

    private static async Task<IResult> ContentAsync(string id, string? variant, HttpRequest request, ClaimsPrincipal user, ReadVideoContent read,
        CancellationToken cancellationToken)
    {
        if (!OpenAiVideo.TryParseId(id, out var videoId))
        {
            return Error.NotFound("video").ToOpenAi();
        }
        var content = await read.ExecuteAsync(Caller.Of(user).CompanyId, videoId, variant, request.Headers.Range.FirstOrDefault(), cancellationToken);
        return content.IsSuccess ? new MediaStreamResult(content.Value) : content.Error.ToOpenAi();
    }

    private static async Task<IResult> RemixAsync(string id, HttpRequest request, ClaimsPrincipal user, RemixVideo remix, CancellationToken cancellationToken)
    {
        if (!OpenAiVideo.TryParseId(id, out var videoId))
        {
            return Error.NotFound("video").ToOpenAi();
        }
        var prompt = await VideoRequestReader.ReadPromptAsync(request, cancellationToken);
        if (!prompt.IsSuccess)
        {
            return prompt.Error.ToOpenAi();
        }
        var caller = Caller.Of(user);
        return (await remix.ExecuteAsync(caller.CompanyId, caller.UserId, videoId, prompt.Value, cancellationToken))
            .ToOpenAi(video => TypedResults.Ok(OpenAiVideo.Of(video)));
    }

    private static async Task<IResult> DeleteAsync(string id, ClaimsPrincipal user, DeleteVideo delete, CancellationToken cancellationToken)
    {
        if (!OpenAiVideo.TryParseId(id, out var videoId))
        {
            return Error.NotFound("video").ToOpenAi();
        }
        var caller = Caller.Of(user);
        var deleted = await delete.ExecuteAsync(caller.CompanyId, caller.UserId, caller.IsAdmin, videoId, cancellationToken);
        return deleted.IsSuccess ? TypedResults.Ok(new Deleted(OpenAiVideo.IdOf(videoId), "video.deleted", true)) : deleted.Error!.ToOpenAi();
    }
}
