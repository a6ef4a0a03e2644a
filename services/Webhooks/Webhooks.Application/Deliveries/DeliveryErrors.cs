namespace AiVideo.Webhooks.Application.Deliveries;

/// <summary>The errors the delivery use cases share.</summary>
public static class DeliveryErrors
{
    /// <summary>No such delivery, or one of another company.</summary>
    public static Error NotFound { get; } = Error.NotFound("webhook delivery");
}
