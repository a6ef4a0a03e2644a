using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// Rebuilds the answer to a repeated request from the id of what the first request created, for an endpoint whose
/// answer holds a credential (a token, a secret) that the idempotency store must never keep. The first request names
/// what it created with <see cref="IdempotencyExtensions.SetIdempotentResource"/>; only that id is stored. A rebuilt
/// answer cannot show the credential again and says so.
/// </summary>
public interface IIdempotentReplay
{
    /// <summary>The answer to a repetition of the request that created <paramref name="resourceId"/>, for the same caller.</summary>
    Task<IResult> ReplayAsync(HttpContext http, string resourceId, CancellationToken cancellationToken);
}
