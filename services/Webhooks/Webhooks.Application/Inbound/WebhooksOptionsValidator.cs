namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>Refuses a provider configuration that could never verify anything: no secret, no format, an unreadable Standard Webhooks secret.</summary>
public sealed class WebhooksOptionsValidator : IValidateOptions<WebhooksOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhooksOptions options)
    {
        var failures = new List<string>();
        foreach (var (provider, settings) in options.Providers)
        {
            var format = settings.Format ?? KnownProviders.DefaultFormat(provider);
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
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
