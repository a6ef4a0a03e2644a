using System.Globalization;
using System.Threading.RateLimiting;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// A request over a limit: 429 with <c>Retry-After</c> and the IETF draft's <c>RateLimit-Policy</c> and <c>RateLimit</c>
/// headers (draft-ietf-httpapi-ratelimit-headers), as problem+json, or under <c>/v1/</c> as OpenAI's error body so
/// clients written for it read it.
/// </summary>
public static class RateLimitRefusal
{
    public static async Task WriteAsync(HttpContext context, RateLimitLease lease)
    {
        var limit = lease.TryGetMetadata(WindowLease.Limit, out var description) ? description : null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limit?.Window ?? TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var headers = context.Response.Headers;
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (limit is not null)
        {
            headers["RateLimit-Policy"] = $"\"{limit.Policy}\";q={limit.PermitLimit};w={(int)limit.Window.TotalSeconds}";
            headers["RateLimit"] = $"\"{limit.Policy}\";r=0;t={seconds}";
        }

        var detail = limit is null
            ? $"Too many requests; try again in {seconds} s."
            : $"The '{limit.Policy}' limit of {limit.PermitLimit} requests per {(int)limit.Window.TotalSeconds} s is used up; try again in {seconds} s.";
        if (context.Request.Path.StartsWithSegments("/v1"))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await context.Response.WriteAsJsonAsync(new
            {
                error = new { message = detail, type = "rate_limit_exceeded", param = (string?)null, code = "rate_limit_exceeded" },
            });
            return;
        }
        await context.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Too many requests.", detail);
    }
}
