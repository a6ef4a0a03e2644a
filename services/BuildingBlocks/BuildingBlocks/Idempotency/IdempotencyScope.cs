using System.Security.Claims;

namespace AiVideo.BuildingBlocks.Idempotency;

/// <summary>
/// Whose namespace an <c>Idempotency-Key</c> lives in: the caller's user (or service), the company their token speaks
/// for, and the API key or client it came through. Two callers who share one of these but not all (a user in two
/// companies, two API keys of one company) never see each other's answers. An anonymous caller has no namespace.
/// </summary>
internal static class IdempotencyScope
{
    /// <summary>The scope of the caller, or null for an anonymous one.</summary>
    public static string? Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimNames.Subject) is not { Length: > 0 } subject)
        {
            return null;
        }
        return $"sub:{subject}|company:{user.FindFirstValue(ClaimNames.CompanyId)}|api-key:{user.FindFirstValue(ClaimNames.ApiKeyId)}"
            + $"|client:{user.FindFirstValue(ClaimNames.ClientId)}";
    }
}
