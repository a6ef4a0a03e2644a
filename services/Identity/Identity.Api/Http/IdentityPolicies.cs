namespace AiVideo.Identity.Api.Http;

public static class IdentityPolicies
{
    /// <summary>A person signed in through identity-api (scope <c>aivideo</c>), not a service or an API key.</summary>
    public const string UserSession = "user-session";
}
