namespace AiVideo.Identity.Application.SigningKeys;

/// <summary>An operator (through a service token with the <c>internal</c> scope) rotates the signing key ahead of schedule.</summary>
public sealed class RotateSigningKey(ISigningKeys keys)
{
    public Task<string> ExecuteAsync(CancellationToken cancellationToken) => keys.RotateAsync(cancellationToken);
}
