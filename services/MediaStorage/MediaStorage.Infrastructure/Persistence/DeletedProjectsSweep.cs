using AiVideo.BuildingBlocks.Maintenance;

namespace AiVideo.MediaStorage.Infrastructure.Persistence;

/// <summary>Forgets deleted projects once <see cref="RetentionOptions.DeletedProjects"/> has passed since media heard of their deletion.</summary>
internal sealed class DeletedProjectsSweep(MediaContext db, IOptions<RetentionOptions> options) : IRetentionSweep
{
    public string Name => "deleted projects";

    public Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - options.Value.DeletedProjects;
        return db.Database.ExecuteSqlAsync($"DELETE FROM deleted_projects WHERE deleted_at < {before}", cancellationToken);
    }
}
