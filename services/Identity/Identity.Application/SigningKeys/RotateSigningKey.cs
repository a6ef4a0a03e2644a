namespace AiVideo.Identity.Application.SigningKeys;

/// <summary>An operator (through a client-credentials token with the <c>identity:signing-keys</c> scope) rotates the signing key ahead of schedule.</summary>
public sealed class RotateSigningKey(ISigningKeys keys)
{
    public Task<string> ExecuteAsync(CancellationToken cancellationToken) => keys.RotateAsync(cancellationToken);
}
