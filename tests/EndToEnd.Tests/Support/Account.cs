namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>A person who registered through the gateway: the administrator of a new company, with their session token.</summary>
public sealed record Account(Guid UserId, Guid CompanyId, string Email, string Token)
{
    /// <summary>The person's session, as a bearer token.</summary>
    public Caller Session => Caller.Bearer(Token);
}
