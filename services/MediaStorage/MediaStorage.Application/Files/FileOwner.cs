namespace AiVideo.MediaStorage.Application.Files;

/// <summary>
/// On whose behalf files are handled: a company, the user (null for a service), whether they administer the company,
/// and for generation-api's internal uploads the request the files answer and which of its outputs a file is (a request
/// stores each output once: asking again finds the stored file).
/// </summary>
public sealed record FileOwner(Guid CompanyId, Guid? UserId, bool IsAdmin, Guid? RequestId = null, bool IsInternal = false, string? Output = null)
{
    /// <summary>Admins (and services) manage every file of the company; members the files they uploaded.</summary>
    public bool Manages(StoredFile file) => IsAdmin || IsInternal || file.UserId == UserId;
}
