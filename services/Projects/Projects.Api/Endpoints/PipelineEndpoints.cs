using AiVideo.Projects.Application.Pipeline;

namespace AiVideo.Projects.Api.Endpoints;

/// <summary>
/// The starts of the pipeline: each answers 202 with the request id(s), records the request and publishes it through
/// the outbox; <c>Idempotency-Key</c> makes a retried start answer the first response instead of starting twice.
/// </summary>
public static class PipelineEndpoints
{
    public sealed record StoryboardRequest(bool? KeepScenes);

    public sealed record GenerateRequest(string? From, bool? KeepScenes);

    public sealed record SceneImageRequest(string? Prompt, IReadOnlyList<Guid>? ReferenceFileIds, bool? UseSeedFrame);

    public static RouteGroupBuilder MapPipelineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{id:guid}").WithTags("Pipeline").RequireScope(Scopes.GenerationRun);
        group.MapPost("/storyboard", StoryboardAsync).WithIdempotency().WithName("RequestStoryboard")
            .WithSummary("Asks for a storyboard (scenes without media are replaced unless keepScenes); it stops at storyboard_ready.")
            .Accepts<StoryboardRequest>("application/json").Produces<StartView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/generate", GenerateAsync).WithIdempotency().WithName("GenerateProject")
            .WithSummary("Runs the pipeline from a step (from = storyboard | images | clips | render) to the final video.")
            .Accepts<GenerateRequest>("application/json").Produces<StartView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/render", RenderAsync).WithIdempotency().WithName("RenderProject")
            .WithSummary("Stitches every scene's selected clip (cut by the timeline, with the layers) into the final video; 409 names scenes without a clip.")
            .Produces<StartView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/scenes/{sceneId:guid}/image", SceneImageAsync).WithIdempotency().WithName("RequestSceneImage")
            .WithSummary("A new image for the scene: optional prompt override, reference files, or the previous clip's last frame (useSeedFrame).")
            .Accepts<SceneImageRequest>("application/json").Produces<StartView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/scenes/{sceneId:guid}/video", SceneClipAsync).WithIdempotency().WithName("RequestSceneClip")
            .WithSummary("A new clip for the scene from its selected image.")
            .Produces<StartView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static IResult Accepted(StartView started) => TypedResults.Accepted($"/api/projects/{started.ProjectId}", started);

    private static async Task<IResult> StoryboardAsync(Guid id, HttpRequest http, ClaimsPrincipal user, RequestStoryboard request, CancellationToken cancellationToken)
    {
        var body = await OptionalBody.ReadAsync<StoryboardRequest>(http, cancellationToken);
        return !body.IsSuccess ? body.Error.ToHttp()
            : (await request.ExecuteAsync(user.ToActor(), id, body.Value?.KeepScenes ?? false, cancellationToken)).ToHttp(Accepted);
    }

    private static async Task<IResult> GenerateAsync(Guid id, string? from, HttpRequest http, ClaimsPrincipal user, GenerateProject generate, CancellationToken cancellationToken)
    {
        var body = await OptionalBody.ReadAsync<GenerateRequest>(http, cancellationToken);
        return !body.IsSuccess ? body.Error.ToHttp()
            : (await generate.ExecuteAsync(user.ToActor(), id, body.Value?.From ?? from, body.Value?.KeepScenes ?? false, cancellationToken)).ToHttp(Accepted);
    }

    private static async Task<IResult> RenderAsync(Guid id, ClaimsPrincipal user, RenderProject render, CancellationToken cancellationToken) =>
        (await render.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(Accepted);

    private static async Task<IResult> SceneImageAsync(
        Guid id, Guid sceneId, HttpRequest http, ClaimsPrincipal user, RequestSceneImage request, CancellationToken cancellationToken)
    {
        var body = await OptionalBody.ReadAsync<SceneImageRequest>(http, cancellationToken);
        if (!body.IsSuccess)
        {
            return body.Error.ToHttp();
        }
        var command = new RequestSceneImage.Command(body.Value?.Prompt, body.Value?.ReferenceFileIds, body.Value?.UseSeedFrame ?? false);
        return (await request.ExecuteAsync(user.ToActor(), id, sceneId, command, cancellationToken)).ToHttp(Accepted);
    }

    private static async Task<IResult> SceneClipAsync(Guid id, Guid sceneId, ClaimsPrincipal user, RequestSceneClip request, CancellationToken cancellationToken) =>
        (await request.ExecuteAsync(user.ToActor(), id, sceneId, cancellationToken)).ToHttp(Accepted);
}
