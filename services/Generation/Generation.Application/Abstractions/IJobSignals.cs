namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// In-process signals to this service's workers: a job was cancelled (stop it now if it runs here; workers elsewhere
/// notice when they next renew its lease). That a job was queued needs no call: its commit wakes the workers.
/// </summary>
public interface IJobSignals
{
    void JobCancelled(Guid jobId);
}
