namespace AiVideo.MediaStorage.Domain.Projects;

/// <summary>
/// A project projects-api deleted (its files removed), remembered for a while (<c>Retention:DeletedProjects</c>):
/// RabbitMQ orders nothing between queues, so generation-api can still be making one of its outputs after media removed
/// the project's files, and nothing may be stored for it then. <see cref="DeletedAt"/> is when media heard of the deletion.
/// </summary>
public sealed class DeletedProject
{
    private DeletedProject()
    {
    }

    public Guid ProjectId { get; private set; }

    public Guid CompanyId { get; private set; }

    public DateTimeOffset DeletedAt { get; private set; }

    public static DeletedProject Of(Guid projectId, Guid companyId, DateTimeOffset deletedAt) =>
        new() { ProjectId = projectId, CompanyId = companyId, DeletedAt = deletedAt };
}
