using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Infrastructure.Persistence;

/// <summary>How projects are read from the database.</summary>
public static class ProjectQueries
{
    /// <summary>
    /// Loads projects as whole aggregates: scenes with their assets, issued requests, timeline and layers (split
    /// queries, no cartesian product). The activity history is never part of the aggregate.
    /// </summary>
    public static IQueryable<Project> WholeAggregate(this IQueryable<Project> projects) => projects
        .Include(p => p.Scenes).ThenInclude(s => s.Assets)
        .Include(p => p.Requests)
        .Include(p => p.Timeline)
        .Include(p => p.CaptionLayers)
        .Include(p => p.AudioLayers)
        .AsSplitQuery();
}
