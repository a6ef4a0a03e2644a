using System.Security.Claims;
using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>The authorization policies every service shares, and how scopes are read from a token.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Service-to-service calls: a client-credentials token with the <c>internal</c> scope. User tokens are refused.</summary>
    public const string Internal = "internal";

    /// <summary>Whether the token's space-separated <c>scope</c> claim holds the scope.</summary>
    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(ClaimNames.Scope).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
