using AiVideo.Projects.Application.Activity;

namespace AiVideo.Projects.Infrastructure.Repositories;

/// <summary>Reads a project's history by its key range (project, sequence after n): one index range scan.</summary>
internal sealed class EfProjectActivity(ProjectsContext db) : IProjectActivity
{
    public async Task<IReadOnlyList<ActivityView>> AfterAsync(Guid projectId, long after, int limit, CancellationToken cancellationToken)
    {
        var entries = await db.Activity.AsNoTracking()
            .Where(a => a.ProjectId == projectId && a.Sequence > after)
            .OrderBy(a => a.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return entries.Select(ActivityView.Of).ToList();
    }
}
