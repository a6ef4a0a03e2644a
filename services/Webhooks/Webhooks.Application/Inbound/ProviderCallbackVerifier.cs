namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// Checks a callback to <c>POST /api/webhooks/{provider}</c>: a configured provider, a signature over the raw body that
/// matches its secret in its format, a timestamp within the tolerance of this service's clock, and a body carrying
/// the event's id and type. Nothing of the body is read before the signature is known to be good.
/// </summary>
public sealed class ProviderCallbackVerifier(IEnumerable<ISignatureVerifier> verifiers, IOptionsMonitor<WebhooksOptions> options, TimeProvider time)
{
    private readonly Dictionary<SignatureFormat, ISignatureVerifier> _verifiers = verifiers.ToDictionary(v => v.Format);

    public CallbackVerification Verify(string provider, CallbackHeaders headers, ReadOnlySpan<byte> body)
    {
        var current = options.CurrentValue;
        if (Find(current, provider) is not { } configured || !_verifiers.TryGetValue(configured.Format, out var verifier))
        {
            return CallbackVerification.Rejected(CallbackRejection.UnknownProvider);
        }

        var check = verifier.Verify(headers, body, configured.Secret, time.GetUtcNow(), current.Inbound.TimestampTolerance);
        if (check != SignatureCheck.Valid)
        {
            return CallbackVerification.Rejected(check switch
            {
                SignatureCheck.Missing => CallbackRejection.MissingSignature,
                SignatureCheck.Stale => CallbackRejection.StaleTimestamp,
                _ => CallbackRejection.InvalidSignature,
            });
        }

        return CallbackEventReader.Read(provider, configured.Format, headers, body) is { } callback
            ? CallbackVerification.Verified(callback)
            : CallbackVerification.Rejected(CallbackRejection.MalformedPayload);
    }

    /// <summary>Whether <paramref name="provider"/> is configured with a secret and a format this service can check.</summary>
    public bool IsConfigured(string provider) => Find(options.CurrentValue, provider) is { } configured && _verifiers.ContainsKey(configured.Format);

    /// <summary>The provider's secret and format, or null when it is not configured (or has no secret).</summary>
    private static (string Secret, SignatureFormat Format)? Find(WebhooksOptions options, string provider)
    {
        foreach (var (name, settings) in options.Providers)
        {
            if (string.Equals(name, provider, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(settings.Secret)
                && (settings.Format ?? KnownProviders.DefaultFormat(name)) is { } format)
            {
                return (settings.Secret, format);
            }
        }
        return null;
    }
}
