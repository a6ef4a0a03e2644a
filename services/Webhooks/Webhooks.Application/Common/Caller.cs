namespace AiVideo.Webhooks.Application.Common;

/// <summary>Who calls the endpoint API: the company their token speaks for, and whether they administer it.</summary>
public sealed record Caller(Guid CompanyId, bool IsAdmin)
{
    /// <summary>Webhook endpoints are the company admins' to manage: null for an admin, the 403 for anyone else.</summary>
    public Error? RequireAdmin() => IsAdmin ? null : Error.Forbidden("Only the company's admins manage its webhook endpoints.");
}
