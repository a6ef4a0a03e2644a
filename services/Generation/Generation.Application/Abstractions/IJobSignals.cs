namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// In-process signals to this service's workers: a job was queued (look now rather than at the next poll), a job was
/// cancelled (stop it now if it runs here; workers elsewhere notice when they next renew its lease).
/// </summary>
public interface IJobSignals
{
    void JobQueued();

    void JobCancelled(Guid jobId);
}
