namespace AiVideo.Projects.Application.Common;

/// <summary>
/// Who may do what (ARCHITECTURE §6): everyone in the company reads its projects; a project is managed by its owner and
/// the company's admins; the brand kit and the catalogue are managed by admins. Another company's anything is not
/// found, never forbidden, so nothing tells that it exists.
/// </summary>
public static class Access
{
    public static Error ProjectNotFound { get; } = Error.NotFound("project");

    /// <summary>Null when the actor may change the project; the project must be the actor's company's (read through it).</summary>
    public static Error? Manage(Actor actor, Project project) =>
        actor.IsAdmin || project.OwnerId == actor.UserId
            ? null
            : Error.Forbidden("Only the project's owner or a company admin can change it; members read the company's other projects.");

    /// <summary>Null for a company admin.</summary>
    public static Error? Administer(Actor actor, string what) =>
        actor.IsAdmin ? null : Error.Forbidden($"Only a company admin can change the {what}; members read it.");

    /// <summary>A route's company must be the caller's; another one is not found.</summary>
    public static Error? SameCompany(Actor actor, Guid companyId, string what) =>
        actor.CompanyId == companyId ? null : Error.NotFound(what);
}
