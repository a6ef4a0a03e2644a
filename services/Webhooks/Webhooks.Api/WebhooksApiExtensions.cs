using AiVideo.Webhooks.Api.Endpoints;

namespace AiVideo.Webhooks.Api;

public static class WebhooksApiExtensions
{
    /// <summary>Provider callbacks in (anonymous, verified by signature), and the company admins' endpoint and delivery API.</summary>
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapProviderCallbacksApi();
        app.MapWebhookEndpointsApi();
        app.MapWebhookDeliveriesApi();
        return app;
    }
}
