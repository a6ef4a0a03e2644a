using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>
/// <c>POST /api/webhooks/{provider}</c>: verifies the callback (<see cref="ProviderCallbackVerifier"/>), stores its receipt
/// once per provider and event id, and in the same transaction puts <see cref="ProviderCallbackReceived"/> in the
/// outbox. A callback received before is answered as received again, and nothing is published for it. The answer for a
/// missing, wrong or stale signature is the same 401; the outcome says which it was, for the logs.
/// </summary>
public sealed class ReceiveProviderCallback(
    ProviderCallbackVerifier verifier, IInboundReceipts receipts, IIntegrationEvents events, IUnitOfWork unitOfWork,
    IOptionsMonitor<WebhooksOptions> options, TimeProvider time)
{
    /// <summary>The answer for a provider that is not configured (404).</summary>
    public static readonly Error UnknownProvider = Error.NotFound("webhook provider");

    private static readonly Error Unauthorized = Error.Unauthorized("invalid_signature", "The callback's signature is missing, wrong, or too old.");
    private static readonly Error Malformed = Error.Validation("body", "The body is not the JSON this provider sends, or lacks its event's id or type.");

    /// <summary>The largest body accepted (<c>Webhooks:Inbound:MaxBodyBytes</c>); larger ones are refused before they are read.</summary>
    public long MaxBodyBytes => options.CurrentValue.Inbound.MaxBodyBytes;

    /// <summary>The answer for a body over <see cref="MaxBodyBytes"/> (413).</summary>
    public Error TooLarge => Error.TooLarge("body_too_large", $"A callback's body has at most {MaxBodyBytes} bytes.");

    /// <summary>Whether callbacks from <paramref name="provider"/> are accepted at all (else 404, before the body is read).</summary>
    public bool Accepts(string provider) => verifier.IsConfigured(provider);

    public async Task<CallbackOutcome> ExecuteAsync(string provider, CallbackHeaders headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var verification = verifier.Verify(provider, headers, body.Span);
        if (!verification.IsVerified)
        {
            var error = verification.Rejection switch
            {
                CallbackRejection.UnknownProvider => UnknownProvider,
                CallbackRejection.MalformedPayload => Malformed,
                _ => Unauthorized,
            };
            return new CallbackOutcome(error, verification.Rejection);
        }

        var callback = verification.Callback;
        var now = time.GetUtcNow();
        var receipt = InboundReceipt.Create(callback.Provider, callback.EventId, callback.EventType, callback.ProviderJobId, now);
        var stored = await unitOfWork.InTransactionAsync(async () =>
        {
            if (!await receipts.TryAddAsync(receipt, cancellationToken))
            {
                return false;
            }
            events.Publish(new ProviderCallbackReceived(receipt.Id, receipt.Provider, receipt.EventType, receipt.ProviderJobId, callback.Payload, now));
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return new CallbackOutcome(new CallbackReceipt(receipt.Provider, receipt.EventId, receipt.EventType, Duplicate: !stored), null);
    }
}
