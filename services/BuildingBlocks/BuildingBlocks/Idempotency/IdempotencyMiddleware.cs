using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// For endpoints marked <see cref="IdempotentAttribute"/> and requests carrying <c>Idempotency-Key</c>: the first request
/// runs inside the key's transaction and its 2xx response is stored with it; the same key with the same request answers
/// that response again (<c>Idempotent-Replayed: true</c>); the same key with another request is a 409.
/// A failed request (non-2xx or an exception) rolls back and keeps no key, so it can be retried.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IOptions<IdempotencyOptions> options)
{
    public const string HeaderName = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null
            || !http.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(http);
            return;
        }

        var key = values.ToString();
        if (key.Length == 0 || key.Length > options.Value.MaxKeyLength)
        {
            await http.WriteProblemAsync(StatusCodes.Status400BadRequest, "The Idempotency-Key header is invalid.",
                $"An Idempotency-Key has 1 to {options.Value.MaxKeyLength} characters.");
            return;
        }

        var cancellationToken = http.RequestAborted;
        var store = http.RequestServices.GetRequiredService<IIdempotencyStore>();
        var scope = http.User.FindFirstValue(ClaimNames.Subject) ?? "anonymous";
        var fingerprint = await RequestFingerprint.ComputeAsync(http.Request, cancellationToken);
        var claim = await store.ClaimAsync(scope, key, fingerprint, cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Mismatch:
                await http.WriteProblemAsync(StatusCodes.Status409Conflict, "The Idempotency-Key was used for another request.",
                    "Send a new Idempotency-Key for a different request.");
                return;
            case IdempotencyClaimOutcome.Replay:
                await ReplayAsync(http, claim.Previous!);
                return;
        }

        var original = http.Response.Body;
        await using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode is >= 200 and < 300)
        {
            await store.CompleteAsync(new StoredResponse(
                http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                captured.ToArray()), cancellationToken);
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, cancellationToken);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord previous)
    {
        http.Response.StatusCode = previous.StatusCode;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (previous.ContentType is not null)
        {
            http.Response.ContentType = previous.ContentType;
        }
        if (previous.Location is not null)
        {
            http.Response.Headers.Location = previous.Location;
        }
        http.Response.ContentLength = previous.ResponseBody.Length;
        await http.Response.Body.WriteAsync(previous.ResponseBody, http.RequestAborted);
    }
}
