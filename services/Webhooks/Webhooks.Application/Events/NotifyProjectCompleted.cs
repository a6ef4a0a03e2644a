using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>A project's final video is ready: subscribers of <c>project.completed</c> hear of it (once per final video: a re-render is news again).</summary>
public sealed class NotifyProjectCompleted(WebhookFanOut fanOut)
{
    public Task<int> ExecuteAsync(ProjectCompleted completed, CancellationToken cancellationToken) =>
        fanOut.ExecuteAsync(new WebhookEvent(completed.CompanyId, WebhookEventTypes.ProjectCompleted, $"{completed.ProjectId:N}/{completed.FinalVideoFileId:N}",
            completed.CompletedAt, ProjectCompletedData.Of(completed)), cancellationToken);
}
