namespace AiVideo.Identity.Application.Common;

public static class ClientIds
{
    /// <summary>The <c>client_id</c> of tokens from the platform's own sign-in (the JSON API and the password grant).</summary>
    public const string FirstParty = "aivideo";
}
