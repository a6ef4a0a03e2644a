using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace AiVideo.Gateway.Proxy;

/// <summary>
/// Cleans the services' OpenAPI documents on their way out through <c>/openapi/…</c>: a service writes the address it
/// was called at (an internal host and port) into <c>servers</c>, and lists its <c>/internal</c> routes, which the
/// gateway never routes. Both are removed, so the public documents name no internal address and describe only what a
/// client can call; without <c>servers</c>, a client resolves paths against the gateway it fetched the document from.
/// </summary>
internal sealed class PublicOpenApiDocuments(RequestDelegate next)
{
    /// <summary>Where the gateway serves the services' documents.</summary>
    public static readonly PathString Prefix = "/openapi";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        // The document is rewritten, so it must come uncompressed.
        context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK && IsJson(context.Response.ContentType) && Clean(buffer) is { } cleaned)
        {
            context.Response.Headers.Remove(HeaderNames.ETag);
            context.Response.ContentLength = cleaned.Length;
            await original.WriteAsync(cleaned, context.RequestAborted);
            return;
        }
        context.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static byte[]? Clean(MemoryStream body)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        if (document is not JsonObject root)
        {
            return null;
        }

        root.Remove("servers");
        if (root["paths"] is JsonObject paths)
        {
            foreach (var path in paths.Select(p => p.Key).Where(IsInternal).ToList())
            {
                paths.Remove(path);
            }
            foreach (var item in paths.Select(p => p.Value).OfType<JsonObject>())
            {
                item.Remove("servers");
            }
        }
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    private static bool IsInternal(string path) =>
        path.Equals("/internal", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/internal/", StringComparison.OrdinalIgnoreCase);
}
