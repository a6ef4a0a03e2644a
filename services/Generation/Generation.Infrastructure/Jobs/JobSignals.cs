using System.Collections.Concurrent;

namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>
/// The jobs running in this process (each with the token that stops it) and a wake-up for idle workers. Cancelling a job
/// that runs here stops it at once; one running elsewhere stops at its worker's next heartbeat.
/// </summary>
public sealed class JobSignals : IJobSignals
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private readonly SemaphoreSlim _work = new(0, 1);

    public void JobQueued()
    {
        if (_work.CurrentCount == 0)
        {
            try
            {
                _work.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another signal got there first: the workers are awake already.
            }
        }
    }

    public void JobCancelled(Guid jobId)
    {
        if (_running.TryGetValue(jobId, out var stop))
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It just finished.
            }
        }
    }

    /// <summary>Waits until a job is queued here, or at most <paramref name="timeout"/>; whether it was woken by one.</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _work.WaitAsync(timeout, cancellationToken);

    public void Track(Guid jobId, CancellationTokenSource stop) => _running[jobId] = stop;

    /// <summary>Stops tracking the run that <paramref name="stop"/> stops (not a newer run of the same job that replaced it).</summary>
    public void Forget(Guid jobId, CancellationTokenSource stop) => _running.TryRemove(KeyValuePair.Create(jobId, stop));

    public int Running => _running.Count;
}
