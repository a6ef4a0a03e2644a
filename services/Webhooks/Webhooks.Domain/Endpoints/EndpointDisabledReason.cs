namespace AiVideo.Webhooks.Domain.Endpoints;

/// <summary>Why an endpoint no longer receives deliveries.</summary>
public enum EndpointDisabledReason
{
    /// <summary>A company admin disabled it.</summary>
    ByUser,

    /// <summary>It answered 410 Gone: the receiver asked not to be called again.</summary>
    Gone,

    /// <summary>Every attempt to reach it failed for <see cref="WebhookEndpoint.FailureWindow"/>.</summary>
    Failing,
}
