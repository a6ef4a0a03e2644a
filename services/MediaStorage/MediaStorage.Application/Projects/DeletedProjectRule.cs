namespace AiVideo.MediaStorage.Application.Projects;

/// <summary>
/// Nothing is stored for a deleted project: a file that belongs to one is refused with 410 <c>project_deleted</c>. Ask
/// under the company's usage lock, which the deletion holds too (see <see cref="IDeletedProjects"/>).
/// </summary>
public sealed class DeletedProjectRule(IDeletedProjects deletedProjects)
{
    public const string Code = "project_deleted";

    /// <summary>The refusal when <paramref name="projectId"/> names a deleted project of the company; null otherwise.</summary>
    public async Task<Error?> RefuseAsync(Guid companyId, Guid? projectId, CancellationToken cancellationToken) =>
        projectId is { } id && await deletedProjects.IsDeletedAsync(companyId, id, cancellationToken) ? Deleted(id) : null;

    public static Error Deleted(Guid projectId) =>
        Error.Gone(Code, $"The project {projectId} was deleted, and its files with it; nothing more is stored for it.");
}
