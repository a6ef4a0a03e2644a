using AiVideo.MediaStorage.Application;
using AiVideo.MediaStorage.Application.Playback;
using AiVideo.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// For other services (service token, scope <c>internal</c>), on behalf of a company; not routed by the gateway.
/// generation-api uploads with the same protocol as clients, with the company, user and request ids the stored event
/// must carry back; an <c>output</c> names which result of the request a file is, and each is stored once (asked again,
/// the upload answers 200 with the stored file instead of a ticket). A stored file's bytes are read by id (also while a
/// video upload is processed), a video upload's renditions stored beside it, and a file deleted. projects-api checks
/// that a file id its client gives is the company's (404 otherwise). Nothing is stored for a deleted project (410
/// <c>project_deleted</c>); reads and renditions may name the project they are for (<c>projectId</c>), so that a file
/// gone with its deleted project is told apart from one that never was (410 <c>project_deleted</c> instead of 404).
/// </summary>
public static class InternalEndpoints
{
    public sealed record InternalUploadRequest(Guid CompanyId, Guid? UserId, Guid? RequestId, CreateUploadRequest File, string? Output = null);

    public sealed record InternalFileRequest(Guid CompanyId, Guid? UserId, Guid? RequestId, DirectFileRequest File, string? Output = null);

    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal").WithTags("Internal").RequireAuthorization(AuthorizationPolicies.Internal);
        group.MapPost("/uploads", CreateUploadAsync).WithName("CreateInternalUpload");
        group.MapPost("/uploads/{id:guid}/complete", CompleteUploadAsync).WithName("CompleteInternalUpload");
        group.MapPost("/files", UploadFileAsync).WithName("UploadInternalFile").WithDirectUploadLimit(app);
        group.MapMethods("/files/{id:guid}/content", ["GET", "HEAD"], ContentAsync).WithName("GetInternalFileContent");
        group.MapDelete("/files/{id:guid}", DeleteAsync).WithName("DeleteInternalFile");
        group.MapPut("/files/{id:guid}/renditions/{**path}", StoreRenditionAsync).WithName("StoreInternalRendition")
            .WithMetadata(new RenditionSizeLimit(app.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRenditionObjectBytes));
        group.MapGet("/files/{id:guid}", GetFileAsync).WithName("GetInternalFile")
            .WithSummary("The company's file (404 when the company has no such file).").Produces<FileView>();
        return group;
    }

    private sealed record RenditionSizeLimit(long? MaxRequestBodySize) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata;

    private static FileOwner Owner(Guid companyId, Guid? userId, Guid? requestId, string? output = null) =>
        new(companyId, userId, IsAdmin: false, requestId, IsInternal: true, output);

    /// <summary>The company an internal request acts for, and the file it describes, are required.</summary>
    private static IResult? Incomplete(Guid companyId, object? file) =>
        NoCompany(companyId) ?? (file is null ? Error.Validation("file", "The file is required.").ToHttp() : null);

    private static IResult? NoCompany(Guid companyId) =>
        companyId == Guid.Empty ? Error.Validation("companyId", "The company the upload is for is required.").ToHttp() : null;

    private static async Task<IResult> CreateUploadAsync(InternalUploadRequest request, CreateUpload create, CancellationToken cancellationToken) =>
        Incomplete(request.CompanyId, request.File) ?? (await create.ExecuteAsync(Owner(request.CompanyId, request.UserId, request.RequestId, request.Output),
                request.File.ToFileRequest(), cancellationToken))
            .ToHttp(ticket => ticket.Stored is { } stored
                ? TypedResults.Ok(stored)
                : TypedResults.Created($"/api/uploads/{ticket.UploadId}", UploadResponse.From(ticket)));

    private static async Task<IResult> CompleteUploadAsync(Guid id, Guid companyId, CompleteUploadRequest? request, CompleteUpload complete, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await complete.ExecuteAsync(Owner(companyId, null, null), id, UploadEndpoints.Parts(request), cancellationToken)).ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> GetFileAsync(Guid id, Guid companyId, GetFile get, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await get.ExecuteAsync(Owner(companyId, null, null), id, null, cancellationToken)).ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> UploadFileAsync(InternalFileRequest request, UploadFile upload, CancellationToken cancellationToken)
    {
        using var file = request.File;
        if (Incomplete(request.CompanyId, request.File) is { } incomplete)
        {
            return incomplete;
        }
        if (!request.File.TryDecode(out var content, out var contentType))
        {
            return Error.Validation("data", "The data is base64, optionally as a data: URL.").ToHttp();
        }
        return (await upload.ExecuteAsync(Owner(request.CompanyId, request.UserId, request.RequestId, request.Output), request.File.ToFileRequest(contentType, content.Length),
                content, cancellationToken))
            .ToHttp(file => TypedResults.Created($"/api/files/{file.Id}", file));
    }

    private static async Task<IResult> ContentAsync(Guid id, Guid companyId, Guid? projectId, HttpContext http, ReadFileContent read, CancellationToken cancellationToken)
    {
        if (NoCompany(companyId) is { } problem)
        {
            return problem;
        }
        var found = await read.FindAsync(Owner(companyId, null, null), id, projectId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error.ToHttp();
        }
        var file = found.Value;
        return await ObjectResponse.StreamAsync(http, file.Size, file.ContentType, file.ETag, file.FileName, attachment: false,
            (range, token) => read.OpenAsync(file, range, token));
    }

    private static async Task<IResult> DeleteAsync(Guid id, Guid companyId, DeleteFile delete, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await delete.ExecuteAsync(Owner(companyId, null, null), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> StoreRenditionAsync(
        Guid id, string path, Guid companyId, Guid? projectId, HttpContext http, StoreRendition store, CancellationToken cancellationToken) =>
        NoCompany(companyId) ?? (await store.ExecuteAsync(companyId, id, projectId, path, http.Request.Body, http.Request.ContentLength, cancellationToken))
            .ToHttp(stored => TypedResults.Ok(new { key = stored.Key, size = stored.Size, etag = stored.ETag }));
}
