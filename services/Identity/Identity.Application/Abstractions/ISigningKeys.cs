namespace AiVideo.Identity.Application.Abstractions;

/// <summary>The keys access tokens are signed with.</summary>
public interface ISigningKeys
{
    /// <summary>Creates a new signing key now (the previous one keeps validating until its tokens have expired); returns its key id.</summary>
    Task<string> RotateAsync(CancellationToken cancellationToken);
}
