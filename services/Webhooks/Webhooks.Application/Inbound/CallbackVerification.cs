using System.Diagnostics.CodeAnalysis;

namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>The outcome of checking a provider callback: the verified callback, or why it was refused.</summary>
public sealed record CallbackVerification
{
    private CallbackVerification(VerifiedCallback? callback, CallbackRejection? rejection)
    {
        Callback = callback;
        Rejection = rejection;
    }

    public VerifiedCallback? Callback { get; }

    public CallbackRejection? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Callback))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsVerified => Callback is not null;

    /// <summary>Whether the answer is 401: the signature was missing, wrong or stale.</summary>
    public bool IsUnauthorized => Rejection is CallbackRejection.MissingSignature or CallbackRejection.InvalidSignature or CallbackRejection.StaleTimestamp;

    public static CallbackVerification Verified(VerifiedCallback callback) => new(callback, null);

    public static CallbackVerification Rejected(CallbackRejection rejection) => new(null, rejection);
}
