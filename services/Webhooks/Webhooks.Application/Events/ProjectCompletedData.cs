using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>The <c>data</c> of <c>project.completed</c>: the project, who made it, its final video and when it was done.</summary>
public sealed record ProjectCompletedData(Guid ProjectId, Guid UserId, Guid FinalVideoFileId, double DurationSeconds, DateTimeOffset CompletedAt)
{
    public static ProjectCompletedData Of(ProjectCompleted completed) => new(
        completed.ProjectId, completed.UserId, completed.FinalVideoFileId, completed.DurationSeconds, completed.CompletedAt.ToUniversalTime());
}
