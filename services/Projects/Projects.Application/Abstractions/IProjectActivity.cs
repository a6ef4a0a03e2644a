using AiVideo.Projects.Application.Activity;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>A project's stored history (the numbered activity entries), read in order.</summary>
public interface IProjectActivity
{
    /// <summary>Up to <paramref name="limit"/> entries numbered after <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<ActivityView>> AfterAsync(Guid projectId, long after, int limit, CancellationToken cancellationToken);
}
