using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Identity.Application.ApiKeys;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// Answers a repeated API-key creation (same <c>Idempotency-Key</c> and body) from the key it created: the key as it is
/// now, without its secret, which was shown once and is stored nowhere.
/// </summary>
public sealed class ApiKeyCreationReplay(GetApiKey get) : IIdempotentReplay
{
    public const string SecretNotice =
        "This repeats an earlier creation of this key: its secret was shown only in the first answer and is not stored anywhere. "
        + "If it was lost, revoke this key and create another.";

    public async Task<IResult> ReplayAsync(HttpContext http, string resourceId, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(http.User.ToActor(), Guid.Parse(resourceId), cancellationToken))
            .ToHttp(key => TypedResults.Created($"/api/api-keys/{key.Id}", new ApiKeyEndpoints.ApiKeyCreatedResponse(key, null, SecretNotice)));
}
