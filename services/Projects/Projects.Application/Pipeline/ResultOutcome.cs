using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>What became of a result event: the project it was for (none when no project of this service asked for it, or it was deleted) and how it was taken.</summary>
public sealed record ResultOutcome(Guid? ProjectId, string What)
{
    public static ResultOutcome NotOurs { get; } = new(null, "no project of this service asked for it");

    public static ResultOutcome Gone(Guid projectId) => new(projectId, "the project no longer exists (deleted); ignored");

    public static ResultOutcome OtherCompany(Guid projectId) => new(projectId, "it names another company than the project's; ignored");

    public static ResultOutcome Of(Guid projectId, ResultDisposition disposition) => new(projectId, disposition.ToString());

    public static ResultOutcome Nothing(Guid projectId) => new(projectId, "nothing for the project to change");
}
