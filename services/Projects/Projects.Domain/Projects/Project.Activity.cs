using AiVideo.Projects.Domain.Activity;

namespace AiVideo.Projects.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Entries recorded since the project was loaded, in order, not yet saved. The persistence layer stores them with the
    /// project (same transaction) and empties the list with <see cref="TakeActivity"/>; the history is never loaded into
    /// the aggregate.
    /// </summary>
    public IReadOnlyList<ProjectActivity> PendingActivity => _pendingActivity;

    /// <summary>Hands over the pending entries (to be saved and fanned out) and forgets them.</summary>
    public IReadOnlyList<ProjectActivity> TakeActivity()
    {
        var taken = _pendingActivity.ToList();
        _pendingActivity.Clear();
        return taken;
    }

    /// <summary>Every recorded change is a change of the root: the sequence moves and the revision with it.</summary>
    private void Record(
        ActivityType type, DateTimeOffset now, Guid? sceneId = null, Guid? requestId = null, string? status = null, int? percent = null, string? message = null)
    {
        ActivitySequence++;
        _pendingActivity.Add(new ProjectActivity(Id, ActivitySequence, type, now, sceneId, requestId, status, percent, message));
        Touch(now);
    }
}
