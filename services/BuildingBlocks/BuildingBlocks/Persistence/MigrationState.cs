namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>Whether this process has brought its database up to date (health reports unhealthy until it has).</summary>
public sealed class MigrationState
{
    private volatile bool _completed;

    public bool Completed => _completed;

    internal void MarkCompleted() => _completed = true;
}
