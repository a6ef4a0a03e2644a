using AiVideo.MediaStorage.Application;
using AiVideo.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// Uploads on behalf of a company, for generation-api (service token, scope <c>internal</c>): the same protocol as
/// clients use, with the company, user and request ids the stored event must carry back; and a company's file as
/// other services check it (projects-api, for file ids its clients give). Not routed by the gateway.
/// </summary>
public static class InternalEndpoints
{
    public sealed record InternalUploadRequest(Guid CompanyId, Guid? UserId, Guid? RequestId, CreateUploadRequest File);

    public sealed record InternalFileRequest(Guid CompanyId, Guid? UserId, Guid? RequestId, DirectFileRequest File);

    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal").WithTags("Internal").RequireAuthorization(AuthorizationPolicies.Internal);
        group.MapPost("/uploads", CreateUploadAsync).WithName("CreateInternalUpload");
        group.MapPost("/uploads/{id:guid}/complete", CompleteUploadAsync).WithName("CompleteInternalUpload");
        group.MapPost("/files", UploadFileAsync).WithName("UploadInternalFile").WithDirectUploadLimit(app);
        group.MapGet("/files/{id:guid}", GetFileAsync).WithName("GetInternalFile")
            .WithSummary("The company's file (404 when the company has no such file).").Produces<FileView>();
        return group;
    }

    private static FileOwner Owner(Guid companyId, Guid? userId, Guid? requestId) => new(companyId, userId, IsAdmin: false, requestId, IsInternal: true);

    /// <summary>The company an internal request acts for, and the file it describes, are required.</summary>
    private static IResult? Incomplete(Guid companyId, object? file) =>
        NoCompany(companyId) ?? (file is null ? Error.Validation("file", "The file is required.").ToHttp() : null);

    private static IResult? NoCompany(Guid companyId) =>
        companyId == Guid.Empty ? Error.Validation("companyId", "The company the upload is for is required.").ToHttp() : null;

    private static async Task<IResult> CreateUploadAsync(InternalUploadRequest request, CreateUpload create, CancellationToken cancellationToken) =>
        Incomplete(request.CompanyId, request.File) ?? (await create.ExecuteAsync(Owner(request.CompanyId, request.UserId, request.RequestId), request.File.ToFileRequest(), cancellationToken))
            .ToHttp(ticket => TypedResults.Created($"/api/uploads/{ticket.UploadId}", UploadResponse.From(ticket)));

    private static async Task<IResult> CompleteUploadAsync(Guid id, Guid companyId, CompleteUploadRequest? request, CompleteUpload complete, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await complete.ExecuteAsync(Owner(companyId, null, null), id, UploadEndpoints.Parts(request), cancellationToken)).ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> GetFileAsync(Guid id, Guid companyId, GetFile get, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await get.ExecuteAsync(Owner(companyId, null, null), id, null, cancellationToken)).ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> UploadFileAsync(InternalFileRequest request, UploadFile upload, CancellationToken cancellationToken)
    {
        if (Incomplete(request.CompanyId, request.File) is { } incomplete)
        {
            return incomplete;
        }
        if (!request.File.TryDecode(out var content, out var contentType))
        {
            return Error.Validation("data", "The data is base64, optionally as a data: URL.").ToHttp();
        }
        return (await upload.ExecuteAsync(Owner(request.CompanyId, request.UserId, request.RequestId), request.File.ToFileRequest(contentType, content.Length), content, cancellationToken))
            .ToHttp(file => TypedResults.Created($"/api/files/{file.Id}", file));
    }
}
