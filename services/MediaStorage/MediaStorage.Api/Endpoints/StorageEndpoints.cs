using Microsoft.AspNetCore.Http.Features;

namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// The filesystem backend's presigned URLs, served like S3's: a PUT of an object (exactly the signed length and type)
/// or of a part (at most the signed length) answers 200 with an ETag; a GET streams with Range. Expired, tampered or
/// mismatched requests are 403, and so are writes for an upload that is no longer open (completed, aborted, its file
/// deleted), so a URL cannot replace a verified object or leave one nobody accounts for. Anonymous: the signature is
/// the credential. Mapped only when the filesystem backend is in use.
/// </summary>
public static class StorageEndpoints
{
    public static IEndpointRouteBuilder MapFileSystemStorage(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/storage").WithTags("Storage").AllowAnonymous().ExcludeFromDescription();
        group.MapPut("/objects/{**key}", PutObjectAsync);
        group.MapMethods("/objects/{**key}", ["GET", "HEAD"], GetObjectAsync);
        group.MapPut("/uploads/{uploadId}/parts/{partNumber:int}", PutPartAsync);
        return app;
    }

    private const string UploadClosed = "The upload this URL belongs to is no longer open (completed, aborted, expired or its file deleted).";

    private static async Task<IResult> PutObjectAsync(string key, HttpContext http, ISelfServedStorage storage,
        UploadWrites writes)
    {
        if (Refused(http, storage) is { } refused)
        {
            return refused;
        }
        var terms = Terms(http, storage);
        if (terms.Length is not { } length)
        {
            return Forbidden("This URL does not take a PUT.");
        }
        var contentType = terms.ContentType ?? "";
        if (http.Request.ContentType != contentType || http.Request.ContentLength != length)
        {
            return Forbidden($"This URL takes exactly {length} bytes of {contentType}.");
        }
        if (!await writes.AcceptObjectAsync(key, http.RequestAborted))
        {
            return Forbidden(UploadClosed);
        }
        SetBodyLimit(http, length);
        try
        {
            var stored = await storage.ReceiveObjectAsync(key, http.Request.Body, length, contentType,
                (land, token) => writes.LandObjectAsync(key, land, token), http.RequestAborted);
            if (stored is null)
            {
                return Forbidden(UploadClosed);
            }
            http.Response.Headers.ETag = stored.ETag;
            return TypedResults.Ok();
        }
        catch (InvalidDataException exception)
        {
            return Error.Validation("body", exception.Message).ToHttp();
        }
    }

    private static async Task<IResult> GetObjectAsync(string key, HttpContext http, ISelfServedStorage storage)
    {
        if (Refused(http, storage) is { } refused)
        {
            return refused;
        }
        if (await storage.HeadAsync(key, http.RequestAborted) is not { } info)
        {
            return Error.NotFound("object").ToHttp();
        }
        var fileName = Terms(http, storage).FileName;
        return await ObjectResponse.StreamAsync(http, info.Size, info.ContentType ?? "application/octet-stream", info.ETag, fileName, attachment: true,
            async (range, token) => await storage.GetAsync(key, range, token) is { } content ? content : Error.NotFound("object"));
    }

    private static async Task<IResult> PutPartAsync(string uploadId, int partNumber, HttpContext http, ISelfServedStorage storage,
        UploadWrites writes)
    {
        if (Refused(http, storage) is { } refused)
        {
            return refused;
        }
        if (Terms(http, storage).Length is not { } maxLength)
        {
            return Forbidden("This URL does not take a PUT.");
        }
        if (http.Request.ContentLength > maxLength)
        {
            return Forbidden($"This part takes at most {maxLength} bytes.");
        }
        if (!await writes.AcceptPartAsync(uploadId, http.RequestAborted))
        {
            return Forbidden(UploadClosed);
        }
        SetBodyLimit(http, maxLength);
        try
        {
            var etag = await storage.ReceivePartAsync(uploadId, partNumber, http.Request.Body, maxLength,
                token => writes.AcceptPartAsync(uploadId, token), http.RequestAborted);
            if (etag is null)
            {
                return Error.NotFound("upload").ToHttp();
            }
            http.Response.Headers.ETag = $"\"{etag}\"";
            return TypedResults.Ok();
        }
        catch (InvalidDataException exception)
        {
            return Error.Validation("body", exception.Message).ToHttp();
        }
    }

    private static IResult? Refused(HttpContext http, ISelfServedStorage storage)
    {
        if (http.Request.Query.Any(parameter => parameter.Value.Count > 1))
        {
            return Forbidden("A signed URL carries each parameter once.");
        }
        var method = HttpMethods.IsHead(http.Request.Method) ? "GET" : http.Request.Method;
        return storage.Refuse(method, http.Request.Path.Value!, name => http.Request.Query[name].FirstOrDefault()) is { } problem ? Forbidden(problem) : null;
    }

    /// <summary>What the URL was signed for (read after <see cref="Refused"/> checked the signature).</summary>
    private static SignedTerms Terms(HttpContext http, ISelfServedStorage storage) => storage.Terms(name => http.Request.Query[name].FirstOrDefault());

    private static IResult Forbidden(string detail) => Error.Forbidden(detail).ToHttp();

    private static void SetBodyLimit(HttpContext http, long length)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = length;
        }
    }
}
