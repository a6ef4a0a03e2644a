namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>
/// Keeps endpoint signing secrets encrypted at rest under a key from configuration (signing needs the raw secret, so
/// a hash would not do). A protected secret is bound to its endpoint: it does not decrypt for another one.
/// </summary>
public interface ISecretProtector
{
    byte[] Protect(SigningSecret secret, Guid endpointId);

    /// <summary>The secret; throws when the bytes were not protected for this endpoint with the configured key.</summary>
    SigningSecret Unprotect(byte[] protectedSecret, Guid endpointId);
}
