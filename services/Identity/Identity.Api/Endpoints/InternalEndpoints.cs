using AiVideo.Identity.Application.SigningKeys;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>
/// Operations for operators, with a client-credentials token carrying the scope each needs (not routed by the gateway):
/// rotating the signing keys needs <c>identity:signing-keys</c>, which no service's client has, so a service's token
/// (scope <c>internal</c>) cannot rotate them.
/// </summary>
public static class InternalEndpoints
{
    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal").WithTags("Internal");
        group.MapPost("/signing-keys/rotate", RotateAsync).RequireAuthorization(IdentityPolicies.SigningKeys).WithName("RotateSigningKey")
            .WithSummary("Creates a new signing key now; the previous one keeps validating until its tokens expire.");
        return group;
    }

    private static async Task<IResult> RotateAsync(RotateSigningKey rotate, CancellationToken cancellationToken) =>
        TypedResults.Ok(new { keyId = await rotate.ExecuteAsync(cancellationToken) });
}
