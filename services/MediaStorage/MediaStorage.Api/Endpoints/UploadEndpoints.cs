using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.ServiceDefaults.Authentication;

namespace AiVideo.MediaStorage.Api.Endpoints;

public static class UploadEndpoints
{
    public static RouteGroupBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/uploads").WithTags("Uploads").RequireScope(Scopes.MediaWrite);
        group.MapPost("/", CreateAsync).WithIdempotency().WithName("CreateUpload")
            .WithSummary("Checks a file's declaration and the quota, and answers presigned URL(s) to send the bytes to (multipart above 64 MB).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CompleteUpload")
            .WithSummary("Verifies the stored bytes (size, type) and makes the file available; publishes ImageStored or VideoStored.")
            .Produces<FileView>().ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}", AbortAsync).WithName("AbortUpload").WithSummary("Abandons the upload; nothing is left in storage.");
        return group;
    }

    internal static async Task<IResult> CreateAsync(CreateUploadRequest request, ClaimsPrincipal user, CreateUpload create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToFileOwner(), request.ToFileRequest(), cancellationToken))
            .ToHttp(ticket => TypedResults.Created($"/api/uploads/{ticket.UploadId}", UploadResponse.From(ticket)));

    private static async Task<IResult> CompleteAsync(Guid id, CompleteUploadRequest? request, ClaimsPrincipal user, CompleteUpload complete, CancellationToken cancellationToken) =>
        (await complete.ExecuteAsync(user.ToFileOwner(), id, Parts(request), cancellationToken)).ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> AbortAsync(Guid id, ClaimsPrincipal user, AbortUpload abort, CancellationToken cancellationToken) =>
        (await abort.ExecuteAsync(user.ToFileOwner(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    internal static IReadOnlyList<(int, string?)> Parts(CompleteUploadRequest? request) =>
        request?.Parts?.Select(p => (p.PartNumber, p.ETag)).ToList() ?? [];
}
