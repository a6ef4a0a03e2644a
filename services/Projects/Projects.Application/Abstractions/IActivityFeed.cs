namespace AiVideo.Projects.Application.Abstractions;

/// <summary>
/// Live activity: the entries every replica commits, delivered to subscribers on any replica (best effort: a subscriber
/// that sees a gap in the numbers reads the stored history).
/// </summary>
public interface IActivityFeed
{
    /// <summary>Starts receiving the project's entries; the subscription is live once this returns.</summary>
    Task<IActivitySubscription> SubscribeAsync(Guid projectId, CancellationToken cancellationToken);
}
