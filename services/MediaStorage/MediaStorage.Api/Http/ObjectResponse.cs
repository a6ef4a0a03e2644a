namespace AiVideo.MediaStorage.Api.Http;

/// <summary>
/// Streams stored bytes to a client as S3 would: 200 with the whole object or 206 with Content-Range for one range,
/// 416 for a range past the end, 304 for a matching If-None-Match; Content-Type, Content-Length, ETag and
/// Accept-Ranges always; Content-Disposition with the file's name. Stored bytes never run in the site's origin: every
/// answer says <c>X-Content-Type-Options: nosniff</c>, and only images, videos and audio a browser plays are
/// <c>inline</c>; anything else (fonts, models, captions, an unknown type) is an <c>attachment</c>.
/// </summary>
public static class ObjectResponse
{
    public static async Task<IResult> StreamAsync(
        HttpContext http, long size, string contentType, string? etag, string? fileName, bool attachment,
        Func<ByteRange?, CancellationToken, Task<Result<ObjectContent>>> open)
    {
        var response = http.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.AcceptRanges = "bytes";
        if (etag is not null)
        {
            response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        var resolution = ByteRanges.Resolve(http.Request, size);
        if (resolution.Unsatisfiable)
        {
            response.Headers.ContentRange = $"bytes */{size}";
            return new RangeNotSatisfiableResult($"The object has {size} bytes; the requested range starts past its end.");
        }

        var opened = await open(resolution.Range, http.RequestAborted);
        if (!opened.IsSuccess)
        {
            return opened.Error.ToHttp();
        }
        await using var content = opened.Value;
        response.ContentType = contentType;
        var inline = !attachment && PlaysInline(contentType);
        if (fileName is not null)
        {
            var disposition = ContentDisposition.Attachment(fileName);
            response.Headers.ContentDisposition = inline ? "inline" + disposition["attachment".Length..] : disposition;
        }
        else
        {
            response.Headers.ContentDisposition = inline ? "inline" : "attachment";
        }
        if (resolution.Range is { } range)
        {
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {range.From}-{range.To}/{size}";
            response.ContentLength = range.Length;
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = size;
        }
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await content.Content.CopyToAsync(response.Body, 128 * 1024, http.RequestAborted);
        }
        return TypedResults.Empty;
    }

    /// <summary>Whether a browser shows the type itself as media (never as a document that runs script; SVG is a document).</summary>
    public static bool PlaysInline(string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && !type.Contains("svg", StringComparison.OrdinalIgnoreCase))
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>416 as problem+json (the Content-Range header is already set).</summary>
    private sealed class RangeNotSatisfiableResult(string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            httpContext.WriteProblemAsync(StatusCodes.Status416RangeNotSatisfiable, "Range not satisfiable.", detail);
    }
}
