using AiVideo.Webhooks.Application.Inbound;

namespace AiVideo.Webhooks.Application;

/// <summary>
/// Refuses, at start-up, configuration that could never work: a provider without a secret or a format, an unreadable
/// Standard Webhooks secret, a provider name too long to record, a non-positive tolerance, a lease not longer than an
/// attempt, a worker without room for one attempt or a poll interval of zero, a retention of zero.
/// </summary>
public sealed class WebhooksOptionsValidator : IValidateOptions<WebhooksOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhooksOptions options)
    {
        var failures = new List<string>();
        foreach (var (provider, settings) in options.Providers)
        {
            var format = settings.Format ?? KnownProviders.DefaultFormat(provider);
            if (provider.Length > InboundReceipt.MaxProviderLength)
            {
                failures.Add($"Webhooks:Providers: the provider name '{provider}' is longer than {InboundReceipt.MaxProviderLength} characters.");
            }
            if (string.IsNullOrWhiteSpace(settings.Secret))
            {
                failures.Add($"Webhooks:Providers:{provider}:Secret is required.");
            }
            if (format is null)
            {
                failures.Add($"Webhooks:Providers:{provider}:Format is required for a provider this service does not know (mux, cloudflare or standard).");
            }
            else if (format == SignatureFormat.Standard && !string.IsNullOrWhiteSpace(settings.Secret) && !StandardWebhooksVerifier.IsValidSecret(settings.Secret))
            {
                failures.Add($"Webhooks:Providers:{provider}:Secret must be a Standard Webhooks secret (whsec_ and base64).");
            }
        }
        if (options.Inbound.TimestampTolerance <= TimeSpan.Zero)
        {
            failures.Add("Webhooks:Inbound:TimestampTolerance must be positive.");
        }
        if (options.Delivery.Lease <= options.Delivery.Timeout)
        {
            failures.Add("Webhooks:Delivery:Lease must be longer than Webhooks:Delivery:Timeout, or an attempt under way could be taken over.");
        }
        if (options.Delivery.MaxConcurrentAttempts < 1)
        {
            failures.Add("Webhooks:Delivery:MaxConcurrentAttempts is at least 1.");
        }
        if (options.Delivery.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("Webhooks:Delivery:PollInterval must be positive.");
        }
        if (options.Retention.Receipts <= TimeSpan.Zero || options.Retention.Deliveries <= TimeSpan.Zero || options.Retention.SweepInterval <= TimeSpan.Zero)
        {
            failures.Add("Webhooks:Retention:Receipts, Deliveries and SweepInterval must be positive.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
