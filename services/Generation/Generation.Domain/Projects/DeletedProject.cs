namespace AiVideo.Generation.Domain.Projects;

/// <summary>
/// A project projects-api deleted, remembered for a while (<c>Retention:DeletedProjects</c>): RabbitMQ orders nothing
/// between queues, so a request for the project published just before its deletion can arrive after it, and no job
/// may start for it then. <see cref="DeletedAt"/> is when this service heard of the deletion.
/// </summary>
public sealed class DeletedProject
{
    /// <summary>Why the jobs of a deleted project were cancelled, as their cancel reason says.</summary>
    public const string CancelReason = "project deleted";

    private DeletedProject()
    {
    }

    public Guid ProjectId { get; private set; }

    public Guid CompanyId { get; private set; }

    public DateTimeOffset DeletedAt { get; private set; }

    public static DeletedProject Of(Guid projectId, Guid companyId, DateTimeOffset deletedAt) =>
        new() { ProjectId = projectId, CompanyId = companyId, DeletedAt = deletedAt };
}
