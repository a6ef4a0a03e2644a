namespace AiVideo.Webhooks.Application.WebhookEndpoints;

/// <summary>The errors the endpoint use cases share.</summary>
public static class EndpointErrors
{
    /// <summary>No such endpoint, or one of another company (the same answer, so nothing leaks).</summary>
    public static Error NotFound { get; } = Error.NotFound("webhook endpoint");

    public static Error Disabled { get; } = Error.Conflict("endpoint_disabled", "The endpoint is disabled; enable it first (PATCH enabled: true).");
}
