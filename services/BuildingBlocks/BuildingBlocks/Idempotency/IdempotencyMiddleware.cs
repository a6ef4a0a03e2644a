using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// For endpoints marked <see cref="IdempotentAttribute"/> and authenticated callers sending <c>Idempotency-Key</c>: the
/// first request runs inside the key's transaction and its 2xx response is stored with it (or, for an endpoint whose
/// answer holds a credential, only the id of what it created); the same key with the same request answers that response
/// again, or the rebuilt one (<c>Idempotent-Replayed: true</c>); the same key with another request is a 409. Keys live in
/// the caller's own namespace (<see cref="IdempotencyScope"/>); an anonymous caller has none, so its key is not honoured.
/// A failed request (non-2xx or an exception) rolls back and keeps no key, so it can be retried.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IOptions<IdempotencyOptions> options)
{
    public const string HeaderName = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http)
    {
        var marker = http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>();
        var scope = IdempotencyScope.Of(http.User);
        if (marker is null || scope is null || !http.Request.Headers.TryGetValue(HeaderName, out var values))
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
        var fingerprint = await RequestFingerprint.ComputeAsync(http.Request, options.Value.FingerprintKey, cancellationToken);
        var claim = await store.ClaimAsync(scope, key, fingerprint, cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Mismatch:
                await http.WriteProblemAsync(StatusCodes.Status409Conflict, "The Idempotency-Key was used for another request.",
                    "Send a new Idempotency-Key for a different request.");
                return;
            case IdempotencyClaimOutcome.Replay when claim.Previous!.ResourceId is { } resourceId && marker.Replay is { } replay:
                await RebuildAsync(http, replay, resourceId);
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
            await store.CompleteAsync(Stored(http, marker, captured), cancellationToken);
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, cancellationToken);
    }

    /// <summary>What is kept of a successful answer: all of it, or for an endpoint with a rebuilt replay only what it created.</summary>
    private static StoredResponse Stored(HttpContext http, IdempotentAttribute marker, MemoryStream captured)
    {
        var location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
        if (marker.Replay is null)
        {
            return new StoredResponse(http.Response.StatusCode, http.Response.ContentType, location, captured.ToArray());
        }
        var resourceId = http.IdempotentResource() ?? throw new InvalidOperationException(
            $"The endpoint {http.GetEndpoint()?.DisplayName} rebuilds its replays with {marker.Replay.Name} but did not name what it created (SetIdempotentResource).");
        return new StoredResponse(http.Response.StatusCode, http.Response.ContentType, location, [], resourceId);
    }

    private static async Task RebuildAsync(HttpContext http, Type replay, string resourceId)
    {
        var rebuilder = (IIdempotentReplay)ActivatorUtilities.GetServiceOrCreateInstance(http.RequestServices, replay);
        var answer = await rebuilder.ReplayAsync(http, resourceId, http.RequestAborted);
        http.Response.Headers["Idempotent-Replayed"] = "true";
        await answer.ExecuteAsync(http);
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
