using System.Security.Claims;
using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Paging;
using AiVideo.Webhooks.Application.Deliveries;
using AiVideo.Webhooks.Application.WebhookEndpoints;

namespace AiVideo.Webhooks.Api.Endpoints;

/// <summary><c>/api/webhook-endpoints</c>: a company's admins manage where its webhooks go (a user session, or an API key with <c>webhooks:manage</c>).</summary>
public static class WebhookEndpointEndpoints
{
    public static RouteGroupBuilder MapWebhookEndpointsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhook-endpoints").WithTags("Webhook endpoints").RequireScope(Scopes.WebhooksManage);
        group.MapPost("/", CreateAsync).WithIdempotencyRebuiltBy<EndpointCreationReplay>().WithName("CreateWebhookEndpoint")
            .WithSummary("Adds an endpoint (an https URL reaching public addresses only, event types, description, enabled); its whsec_ secret is in this answer only.")
            .Produces<EndpointWithSecret>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync).WithName("ListWebhookEndpoints").WithSummary("The company's endpoints, newest first, without secrets.")
            .Produces<CursorPage<EndpointView>>();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetWebhookEndpoint").Produces<EndpointView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateWebhookEndpoint")
            .WithSummary("Changes the URL, event types, description or enabled (what is left out stays); enabling starts the failure record over.")
            .Produces<EndpointView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhookEndpoint").WithSummary("Removes the endpoint with its deliveries.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/rotate-secret", RotateSecretAsync).WithName("RotateWebhookEndpointSecret")
            .WithSummary("A new secret, in this answer only; the old one keeps signing next to it for 24 hours.")
            .Produces<EndpointWithSecret>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's deliveries, newest first, each with every attempt (time, status code, duration, response excerpt).")
            .Produces<CursorPage<DeliveryView>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/test", PingAsync).WithName("PingWebhookEndpoint")
            .WithSummary("Sends a ping to the endpoint (a delivery like any other, followed in its log).")
            .Produces<DeliveryView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> CreateAsync(
        CreateEndpoint.Command command, ClaimsPrincipal user, HttpContext http, CreateEndpoint create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToCaller(), command, cancellationToken))
            .ToHttp(created =>
            {
                http.SetIdempotentResource(created.Endpoint.Id);
                return TypedResults.Created($"/api/webhook-endpoints/{created.Endpoint.Id}", created);
            });

    private static async Task<IResult> ListAsync(string? cursor, int? limit, ClaimsPrincipal user, ListEndpoints list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToCaller(), page, cancellationToken)).ToHttp(endpoints => TypedResults.Ok(endpoints));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, GetEndpoint get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToCaller(), id, cancellationToken)).ToHttp(endpoint => TypedResults.Ok(endpoint));

    private static async Task<IResult> UpdateAsync(Guid id, UpdateEndpoint.Command command, ClaimsPrincipal user, UpdateEndpoint update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToCaller(), id, command, cancellationToken)).ToHttp(endpoint => TypedResults.Ok(endpoint));

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, DeleteEndpoint delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToCaller(), id, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> RotateSecretAsync(Guid id, ClaimsPrincipal user, RotateEndpointSecret rotate, CancellationToken cancellationToken) =>
        (await rotate.ExecuteAsync(user.ToCaller(), id, cancellationToken)).ToHttp(rotated => TypedResults.Ok(rotated));

    private static async Task<IResult> DeliveriesAsync(Guid id, string? cursor, int? limit, ClaimsPrincipal user, ListDeliveries list, CancellationToken cancellationToken)
    {
        if (!ResultHttpExtensions.TryGetPage(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        return (await list.ExecuteAsync(user.ToCaller(), id, page, cancellationToken)).ToHttp(deliveries => TypedResults.Ok(deliveries));
    }

    private static async Task<IResult> PingAsync(Guid id, ClaimsPrincipal user, SendTestPing ping, CancellationToken cancellationToken) =>
        (await ping.ExecuteAsync(user.ToCaller(), id, cancellationToken))
            .ToHttp(delivery => TypedResults.Accepted($"/api/webhook-deliveries/{delivery.Id}", delivery));
}
