using System.Text.Json;
using AiVideo.Projects.Application.Projects;

namespace AiVideo.Projects.Api.Endpoints;

public static class ProjectEndpoints
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("Projects");
        group.MapPost("/", CreateAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("CreateProject")
            .WithSummary("Creates a draft project of the caller (title, prompt, duration, aspect ratio, style, mood, scene count, narration, captions, music, watermark, car variant).")
            .Produces<ProjectView>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/", ListAsync).RequireScope(Scopes.ProjectsRead).WithName("ListProjects")
            .WithSummary("The company's projects (scope=company, the default) or the caller's (scope=mine), optionally in one status, newest first.")
            .Produces<CursorPage<ProjectSummaryView>>().ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).RequireScope(Scopes.ProjectsRead).WithName("GetProject")
            .WithSummary("The project with its scenes (selected image and clip, every asset), timeline, layers and final video.")
            .Produces<ProjectView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).RequireScope(Scopes.ProjectsWrite).WithName("UpdateProject")
            .WithSummary("Changes the given fields (null removes description, music or car variant); generation settings wait while the project is busy (409).")
            .Produces<ProjectView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteProject")
            .WithSummary("Deletes the project; media removes its files and generation cancels its jobs (ProjectDeleted).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> CreateAsync(CreateProjectRequest request, ClaimsPrincipal user, CreateProject create, CancellationToken cancellationToken)
    {
        var command = new CreateProject.Command(
            request.Title, request.Prompt, request.Description, request.TargetDuration, request.AspectRatio, request.Style, request.Mood, request.SceneCount,
            request.Narration?.Enabled, request.Narration?.Voice, request.Narration?.Language,
            request.Captions?.Enabled, request.Captions?.Burned, request.Captions?.Style,
            request.Music?.FileId, request.Music?.Volume, request.Watermark, request.CarVariantId, request.Provider);
        return (await create.ExecuteAsync(user.ToActor(), command, cancellationToken))
            .ToHttp(project => TypedResults.Created($"/api/projects/{project.Id}", project));
    }

    private static async Task<IResult> ListAsync(
        string? scope, string? status, string? cursor, int? limit, ClaimsPrincipal user, ListProjects list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToActor(), scope, status, page, cancellationToken)).ToHttp(projects => TypedResults.Ok(projects));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetProject get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(project => TypedResults.Ok(project));

    private static async Task<IResult> UpdateAsync(Guid id, JsonElement body, ClaimsPrincipal user, UpdateProject update, CancellationToken cancellationToken)
    {
        var patch = ProjectPatch.Read(body);
        if (!patch.IsSuccess)
        {
            return patch.Error.ToHttp();
        }
        return (await update.ExecuteAsync(user.ToActor(), id, patch.Value.Changes, patch.Value.Language, cancellationToken))
            .ToHttp(project => TypedResults.Ok(project));
    }

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, DeleteProject delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
