using AiVideo.Projects.Application.Posts;

namespace AiVideo.Projects.Api.Endpoints;

public static class PostEndpoints
{
    public sealed record PostRequest(Guid? ProjectId, Guid? FileId, string? Text);

    public static RouteGroupBuilder MapPostsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/posts").WithTags("Posts");
        group.MapPost("/", CreateAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("CreatePost")
            .WithSummary("Publishes a completed project's final video (projectId) or an uploaded video (fileId) with a text; a video still processing is 409.")
            .Produces<PostView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).RequireScope(Scopes.ProjectsRead).WithName("ListPosts").WithSummary("The company's feed, newest first.")
            .Produces<CursorPage<PostView>>();
        group.MapGet("/{id:guid}", GetAsync).RequireScope(Scopes.ProjectsRead).WithName("GetPost").Produces<PostView>();
        group.MapDelete("/{id:guid}", DeleteAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeletePost")
            .WithSummary("Deletes the post (its author or an admin).").Produces(StatusCodes.Status204NoContent);
        return group;
    }

    private static async Task<IResult> CreateAsync(PostRequest request, ClaimsPrincipal user, CreatePost create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(), new CreatePost.Command(request.ProjectId, request.FileId, request.Text), cancellationToken))
            .ToHttp(post => TypedResults.Created($"/api/posts/{post.Id}", post));

    private static async Task<IResult> ListAsync(string? cursor, int? limit, ClaimsPrincipal user, ListPosts list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToActor(), page, cancellationToken)).ToHttp(posts => TypedResults.Ok(posts));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetPost get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(post => TypedResults.Ok(post));

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, DeletePost delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
