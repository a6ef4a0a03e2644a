using AiVideo.Generation.Application.Abstractions;

namespace AiVideo.Generation.Api.Http;

/// <summary>Passes a file from media-api on to the client: 200 with the whole of it or 206 with the range asked for, its type and length.</summary>
public sealed class MediaStreamResult(MediaStream content, string? downloadName = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var source = content;
        var response = httpContext.Response;
        response.StatusCode = source.ContentRange is null ? StatusCodes.Status200OK : StatusCodes.Status206PartialContent;
        response.ContentType = source.ContentType;
        response.Headers.AcceptRanges = "bytes";
        if (source.ContentRange is { } range)
        {
            response.Headers.ContentRange = range;
        }
        if (source.Length is { } length)
        {
            response.ContentLength = length;
        }
        if (downloadName is not null)
        {
            response.Headers.ContentDisposition = "inline" + ContentDisposition.Attachment(downloadName)["attachment".Length..];
        }
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await source.Content.CopyToAsync(response.Body, 128 * 1024, httpContext.RequestAborted);
        }
    }
}
