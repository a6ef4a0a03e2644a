namespace AiVideo.Identity.Api.Http;

public static class IdentityPolicies
{
    /// <summary>A person signed in through identity-api (scope <c>aivideo</c>), not a service or an API key.</summary>
    public const string UserSession = "user-session";

    /// <summary>A client-credentials token with the <c>identity:signing-keys</c> scope (an operator's client).</summary>
    public const string SigningKeys = "signing-keys";
}
