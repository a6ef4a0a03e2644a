using AiVideo.Identity.Application.SigningKeys;
using AiVideo.ServiceDefaults.Authentication;

namespace AiVideo.Identity.Api.Endpoints;

/// <summary>Operations for other services and operators, with a service token (scope <c>internal</c>); not routed by the gateway.</summary>
public static class InternalEndpoints
{
    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal").WithTags("Internal").RequireAuthorization(AuthorizationPolicies.Internal);
        group.MapPost("/signing-keys/rotate", RotateAsync).WithName("RotateSigningKey")
            .WithSummary("Creates a new signing key now; the previous one keeps validating until its tokens expire.");
        return group;
    }

    private static async Task<IResult> RotateAsync(RotateSigningKey rotate, CancellationToken cancellationToken) =>
        TypedResults.Ok(new { keyId = await rotate.ExecuteAsync(cancellationToken) });
}
