namespace AiVideo.Webhooks.Application.Outbound;

/// <summary>Makes endpoint secrets and reads back the ones that sign at a given time.</summary>
public sealed class EndpointSecrets(ISecretProtector protector)
{
    /// <summary>A new secret for the endpoint: the value to show its owner once, and the protected bytes to store.</summary>
    public (SigningSecret Secret, byte[] Protected) New(Guid endpointId)
    {
        var secret = SigningSecret.New();
        return (secret, protector.Protect(secret, endpointId));
    }

    /// <summary>The secrets a message sent at <paramref name="now"/> is signed with: the current one, and the previous one within a day of a rotation.</summary>
    public IReadOnlyList<SigningSecret> ForSigning(WebhookEndpoint endpoint, DateTimeOffset now) =>
        endpoint.SigningSecrets(now).Select(p => protector.Unprotect(p, endpoint.Id)).ToList();
}
