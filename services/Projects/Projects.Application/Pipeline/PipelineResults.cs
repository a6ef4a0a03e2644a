using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>
/// How every result event is applied: to the project that issued the request (found by the request id, else the
/// project id the event names), under the project's lock, inside the consumer's inbox transaction; the next requests,
/// cancellations and completion go into the outbox of the same transaction. A result for a deleted project, or naming
/// another company, changes nothing. Whatever else the caller added to the unit of work (the files it learned of) is
/// saved in every case.
/// </summary>
public sealed class PipelineResults(IProjects projects, IUnitOfWork unit, PipelineEvents events, TimeProvider time)
{
    /// <param name="apply">The project's handling of the result; null when the result means nothing to the project.</param>
    public async Task<ResultOutcome> ApplyAsync(
        Guid requestId, Guid? projectId, Guid companyId, Func<Project, DateTimeOffset, ResultHandling?> apply, CancellationToken cancellationToken)
    {
        var target = await projects.ProjectOfRequestAsync(requestId, cancellationToken) ?? projectId;
        if (target is not { } id)
        {
            await unit.SaveChangesAsync(cancellationToken);
            return ResultOutcome.NotOurs;
        }
        return await unit.InTransactionAsync(async () =>
        {
            var outcome = await ApplyAsync(id, companyId, apply, cancellationToken);
            await unit.SaveChangesAsync(cancellationToken);
            return outcome;
        }, _ => true, cancellationToken);
    }

    private async Task<ResultOutcome> ApplyAsync(
        Guid projectId, Guid companyId, Func<Project, DateTimeOffset, ResultHandling?> apply, CancellationToken cancellationToken)
    {
        var project = await projects.LockAsync(projectId, cancellationToken);
        if (project is null)
        {
            return ResultOutcome.Gone(projectId);
        }
        if (project.CompanyId != companyId)
        {
            return ResultOutcome.OtherCompany(projectId);
        }
        var pending = PipelineEvents.Pending(project);
        if (apply(project, time.GetUtcNow()) is not { } handling)
        {
            return ResultOutcome.Nothing(projectId);
        }
        await events.PublishAsync(project, handling.NextRequests, pending, handling.Completion, cancellationToken);
        return ResultOutcome.Of(projectId, handling.Disposition);
    }
}
