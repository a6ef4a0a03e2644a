using System.Security.Claims;
using System.Text.Json;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.MediaStorage.Application;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Paging;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.Api.Endpoints;

public static class FileEndpoints
{
    public static RouteGroupBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/files").WithTags("Files");
        group.MapPost("/", UploadAsync).RequireScope(Scopes.MediaWrite).WithIdempotency().WithName("UploadFile").WithDirectUploadLimit(app)
            .WithSummary("Stores a small file sent in the request: multipart/form-data, or JSON with base64 data (with or without a data: prefix).")
            .Produces<FileView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", ListAsync).RequireScope(Scopes.MediaRead).WithName("ListFiles").Produces<CursorPage<FileView>>();
        group.MapGet("/{id:guid}", GetAsync).RequireScope(Scopes.MediaRead).WithName("GetFile")
            .WithSummary("The file, with a signed download URL (expiresIn seconds, 60 to 86400) while it is available.").Produces<FileView>();
        group.MapMethods("/{id:guid}/content", ["GET", "HEAD"], ContentAsync).RequireScope(Scopes.MediaRead).WithName("GetFileContent")
            .WithSummary("Streams the file's bytes, with Range support (206, 416).");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireScope(Scopes.MediaWrite).WithName("DeleteFile").WithSummary("Deletes the file and its bytes.");
        return group;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, ClaimsPrincipal user, UploadFile upload, IOptions<MediaOptions> options, CancellationToken cancellationToken) =>
        await ReceiveAsync(http, user.ToFileOwner(), upload, options.Value, cancellationToken);

    /// <summary>
    /// The body limit of a direct upload, set by routing before any middleware (the idempotency store) reads the body:
    /// room for the file plus base64's third and the form or JSON around it.
    /// </summary>
    internal static RouteHandlerBuilder WithDirectUploadLimit(this RouteHandlerBuilder endpoint, IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;
        return endpoint.WithMetadata(new DirectUploadSizeLimit(options.DirectUploadMaxBytes * 4 / 3 + 64 * 1024));
    }

    private sealed record DirectUploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    /// <summary>Reads a direct upload from a form or JSON body and stores it.</summary>
    internal static async Task<IResult> ReceiveAsync(HttpContext http, FileOwner owner, UploadFile upload, MediaOptions options, CancellationToken cancellationToken)
    {
        FileRequest request;
        ReadOnlyMemory<byte> content;
        DirectFileRequest? body = null;
        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(cancellationToken);
            }
            // A body cut short ends the multipart reader with an IOException; one too large (BadHttpRequestException, an
            // IOException too) keeps its 413 from the exception handler.
            catch (Exception exception) when (exception is InvalidDataException || (exception is IOException and not BadHttpRequestException))
            {
                return Error.Validation("body", "The form cannot be read: send multipart/form-data with a boundary, a field named 'file' and whole parts.").ToHttp();
            }
            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return Error.Validation("file", "Send the file in a form field named 'file'.").ToHttp();
            }
            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, cancellationToken);
            }
            content = bytes;
            request = new FileRequest(form["fileName"].FirstOrDefault() ?? file.FileName, form["contentType"].FirstOrDefault() ?? file.ContentType,
                content.Length, form["purpose"], Guid(form["projectId"]), Guid(form["sceneId"]), Guid(form["assetId"]), Guid(form["carModelId"]),
                Guid(form["carVariantId"]), form["carMediaType"].FirstOrDefault());
        }
        else if (http.Request.HasJsonContentType())
        {
            try
            {
                body = await JsonSerializer.DeserializeAsync<DirectFileRequest>(http.Request.Body, JsonSerializerOptions.Web, cancellationToken);
            }
            catch (JsonException exception)
            {
                return Error.Validation(string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.'),
                    "The body is not the JSON of a file (fileName, contentType, data, purpose, ...).").ToHttp();
            }
            if (body is null || !body.TryDecode(out content, out var contentType))
            {
                return Error.Validation("data", "The data is base64, optionally as a data: URL (data:<type>;base64,...).").ToHttp();
            }
            request = body.ToFileRequest(contentType, content.Length);
        }
        else
        {
            return Error.UnsupportedMediaType("unsupported_body", "Send multipart/form-data or application/json.").ToHttp();
        }

        using (body)
        {
            return (await upload.ExecuteAsync(owner, request, content, cancellationToken))
                .ToHttp(file => TypedResults.Created($"/api/files/{file.Id}", file));
        }
    }

    private static async Task<IResult> ListAsync(
        Guid? projectId, string? kind, string? cursor, int? limit, ClaimsPrincipal user, ListFiles list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToFileOwner(), projectId, kind, page, cancellationToken)).ToHttp(files => TypedResults.Ok(files));
    }

    private static async Task<IResult> GetAsync(Guid id, int? expiresIn, ClaimsPrincipal user, GetFile get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToFileOwner(), id, expiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : null, cancellationToken))
            .ToHttp(file => TypedResults.Ok(file));

    private static async Task<IResult> ContentAsync(Guid id, HttpContext http, ClaimsPrincipal user, ReadFileContent read, CancellationToken cancellationToken)
    {
        var found = await read.FindAsync(user.ToFileOwner(), id, forProject: null, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error.ToHttp();
        }
        var file = found.Value;
        return await ObjectResponse.StreamAsync(http, file.Size, file.ContentType, file.ETag, file.FileName, attachment: false,
            (range, token) => read.OpenAsync(file, range, token));
    }

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, DeleteFile delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToFileOwner(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static Guid? Guid(Microsoft.Extensions.Primitives.StringValues value) =>
        System.Guid.TryParse(value.FirstOrDefault(), out var id) ? id : null;
}
