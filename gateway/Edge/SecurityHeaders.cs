namespace AiVideo.Gateway.Edge;

/// <summary>
/// Headers every answer carries, whichever service gave it: no MIME sniffing, no framing, no referrer leaks, and for
/// the API's own JSON a Content-Security-Policy that allows nothing (the docs UI and the services' HTML pages set theirs).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-site";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            if (!headers.ContainsKey("Content-Security-Policy") && context.Response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
