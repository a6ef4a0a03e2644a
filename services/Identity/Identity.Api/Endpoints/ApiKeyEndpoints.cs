using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.Identity.Application.ApiKeys;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.Identity.Api.Endpoints;

public static class ApiKeyEndpoints
{
    public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, int? RateLimitPerMinute, int? RateLimitPerHour, DateTimeOffset? ExpiresAt);

    /// <summary>
    /// The new key and its secret, which is never shown again: the answer to a repeated creation (same
    /// <c>Idempotency-Key</c>) has the key without its secret, and <see cref="SecretNotice"/> says why.
    /// </summary>
    public sealed record ApiKeyCreatedResponse(ApiKeyView Key, string? Secret, string? SecretNotice = null);

    public static RouteGroupBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/api-keys").WithTags("API keys").RequireAuthorization(IdentityPolicies.UserSession);
        group.MapPost("/", CreateAsync).WithIdempotencyRebuiltBy<ApiKeyCreationReplay>().WithName("CreateApiKey")
            .WithSummary("Creates a key for the caller's company; its secret is in this answer only.")
            .Produces<ApiKeyCreatedResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/", ListAsync).WithName("ListApiKeys").WithSummary("The company's keys (an admin) or the caller's own (a member), without secrets.")
            .Produces<CursorPage<ApiKeyView>>();
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revokes a key at once.").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> CreateAsync(
        CreateApiKeyRequest request, ClaimsPrincipal user, HttpContext http, CreateApiKey create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(),
                new CreateApiKey.Command(request.Name, request.Scopes, request.RateLimitPerMinute, request.RateLimitPerHour, request.ExpiresAt), cancellationToken))
            .ToHttp(created =>
            {
                http.SetIdempotentResource(created.Key.Id);
                return TypedResults.Created($"/api/api-keys/{created.Key.Id}", new ApiKeyCreatedResponse(created.Key, created.Secret));
            });

    private static async Task<IResult> ListAsync(string? cursor, int? limit, ClaimsPrincipal user, ListApiKeys list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToActor(), page, cancellationToken)).ToHttp(keys => TypedResults.Ok(keys));
    }

    private static async Task<IResult> RevokeAsync(Guid id, ClaimsPrincipal user, RevokeApiKey revoke, CancellationToken cancellationToken) =>
        (await revoke.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
