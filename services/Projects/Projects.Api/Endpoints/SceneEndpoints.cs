using AiVideo.Projects.Application.Scenes;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Api.Endpoints;

public static class SceneEndpoints
{
    public sealed record SceneRequest(string? Title, string? Summary, string? Narration, string? ImagePrompt, string? NegativePrompt, double? Duration, int? Position);

    public sealed record ScenePatchRequest(string? Title, string? Summary, string? Narration, string? ImagePrompt, string? NegativePrompt, double? Duration);

    public sealed record ReorderRequest(IReadOnlyList<Guid>? SceneIds);

    public sealed record SelectionRequest(Guid? ImageAssetId, Guid? ClipAssetId);

    public static RouteGroupBuilder MapScenesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{id:guid}/scenes").WithTags("Scenes");
        group.MapGet("/", ListAsync).RequireScope(Scopes.ProjectsRead).WithName("ListScenes").Produces<IReadOnlyList<SceneView>>();
        group.MapGet("/{sceneId:guid}", GetAsync).RequireScope(Scopes.ProjectsRead).WithName("GetScene").Produces<SceneView>();
        group.MapPost("/", AddAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("AddScene")
            .WithSummary("Adds a scene by hand (title, summary, narration, image prompt, negative prompt, duration in seconds, position; default last).")
            .Produces<SceneView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{sceneId:guid}", EditAsync).RequireScope(Scopes.ProjectsWrite).WithName("EditScene")
            .WithSummary("Changes the given fields of a scene (an empty negative prompt removes it).").Produces<SceneView>().ProducesValidationProblem();
        group.MapDelete("/{sceneId:guid}", DeleteAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteScene")
            .WithSummary("Deletes a scene with its assets and timeline cuts; later scenes move up.").Produces(StatusCodes.Status204NoContent);
        group.MapPost("/reorder", ReorderAsync).RequireScope(Scopes.ProjectsWrite).WithName("ReorderScenes")
            .WithSummary("Puts the scenes in the given order: { sceneIds: [...] } naming every scene exactly once.")
            .Produces<IReadOnlyList<SceneView>>().ProducesValidationProblem();
        group.MapPut("/{sceneId:guid}/selection", SelectAsync).RequireScope(Scopes.ProjectsWrite).WithName("SelectSceneAssets")
            .WithSummary("Chooses which of the scene's images and clips it uses (imageAssetId, clipAssetId).").Produces<SceneView>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> ListAsync(Guid id, ClaimsPrincipal user, ListScenes list, CancellationToken cancellationToken) =>
        (await list.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(scenes => TypedResults.Ok(scenes));

    private static async Task<IResult> GetAsync(Guid id, Guid sceneId, ClaimsPrincipal user, GetScene get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, sceneId, cancellationToken)).ToHttp(scene => TypedResults.Ok(scene));

    private static async Task<IResult> AddAsync(Guid id, SceneRequest request, ClaimsPrincipal user, AddScene add, CancellationToken cancellationToken) =>
        (await add.ExecuteAsync(user.ToActor(), id, new AddScene.Command(request.Title, request.Summary, request.Narration, request.ImagePrompt,
                request.NegativePrompt, request.Duration, request.Position), cancellationToken))
            .ToHttp(scene => TypedResults.Created($"/api/projects/{id}/scenes/{scene.Id}", scene));

    private static async Task<IResult> EditAsync(Guid id, Guid sceneId, ScenePatchRequest request, ClaimsPrincipal user, EditScene edit, CancellationToken cancellationToken)
    {
        var changes = new SceneEdit
        {
            Title = request.Title, Summary = request.Summary, Narration = request.Narration, ImagePrompt = request.ImagePrompt,
            NegativePrompt = request.NegativePrompt, DurationSeconds = request.Duration,
        };
        return (await edit.ExecuteAsync(user.ToActor(), id, sceneId, changes, cancellationToken)).ToHttp(scene => TypedResults.Ok(scene));
    }

    private static async Task<IResult> DeleteAsync(Guid id, Guid sceneId, ClaimsPrincipal user, DeleteScene delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), id, sceneId, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ReorderAsync(Guid id, ReorderRequest request, ClaimsPrincipal user, ReorderScenes reorder, CancellationToken cancellationToken) =>
        (await reorder.ExecuteAsync(user.ToActor(), id, request.SceneIds, cancellationToken)).ToHttp(scenes => TypedResults.Ok(scenes));

    private static async Task<IResult> SelectAsync(Guid id, Guid sceneId, SelectionRequest request, ClaimsPrincipal user, SelectSceneAssets select, CancellationToken cancellationToken) =>
        (await select.ExecuteAsync(user.ToActor(), id, sceneId, request.ImageAssetId, request.ClipAssetId, cancellationToken))
            .ToHttp(scene => TypedResults.Ok(scene));
}
