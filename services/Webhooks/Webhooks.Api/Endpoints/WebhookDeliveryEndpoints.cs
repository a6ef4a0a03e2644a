using System.Security.Claims;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.Webhooks.Application.Deliveries;

namespace AiVideo.Webhooks.Api.Endpoints;

/// <summary><c>/api/webhook-deliveries</c>: one delivery's log, and sending a finished one again.</summary>
public static class WebhookDeliveryEndpoints
{
    public static RouteGroupBuilder MapWebhookDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhook-deliveries").WithTags("Webhook deliveries").RequireScope(Scopes.WebhooksManage);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetWebhookDelivery").WithSummary("The delivery with every attempt.")
            .Produces<DeliveryView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryWebhookDelivery")
            .WithSummary("Sends a succeeded or failed delivery again (same webhook-id and body), starting its retry schedule over.")
            .Produces<DeliveryView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetDelivery get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToCaller(), id, cancellationToken)).ToHttp(delivery => TypedResults.Ok(delivery));

    private static async Task<IResult> RetryAsync(Guid id, ClaimsPrincipal user, RetryDelivery retry, CancellationToken cancellationToken) =>
        (await retry.ExecuteAsync(user.ToCaller(), id, cancellationToken))
            .ToHttp(delivery => TypedResults.Accepted($"/api/webhook-deliveries/{delivery.Id}", delivery));
}
