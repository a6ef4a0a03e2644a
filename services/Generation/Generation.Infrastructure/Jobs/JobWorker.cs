using AiVideo.Generation.Application.Jobs;
using AiVideo.Generation.Application.Providers;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>
/// Runs jobs in this instance: for each provider with a free slot (its <c>MaxConcurrency</c>), claims the next job under
/// a lease and runs it in the background; idles until a job is queued here or the poll interval passes. While a job
/// runs a heartbeat renews its lease and records its progress; when the heartbeat finds the job no longer this worker's
/// (cancelled anywhere, or taken over after a stall) the job is stopped, its tools killed and its workspace removed. On
/// shutdown running jobs are stopped and handed back to the queue. At start-up, and every <see cref="JobOptions.SweepInterval"/>, the
/// workspaces of instances that died are removed (<see cref="WorkspaceHome"/>).
/// </summary>
internal sealed class JobWorker(
    IServiceScopeFactory scopes, ProviderCatalog providers, JobSignals signals, WorkerIdentity worker, WorkspaceHome home, IOptions<JobOptions> options,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, SemaphoreSlim> _slots = providers.Names.ToDictionary(p => p, p => new SemaphoreSlim(providers.MaxConcurrency(p)));
    private readonly HashSet<Task> _running = [];
    private readonly Lock _gate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        home.SweepAbandoned();
        var nextSweep = DateTimeOffset.UtcNow + settings.SweepInterval;
        logger.LogInformation("Job worker {Worker} runs {Slots}", worker.Id, string.Join(", ", _slots.Select(s => $"{s.Key} ×{s.Value.CurrentCount}")));
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = false;
            try
            {
                foreach (var (provider, slot) in _slots)
                {
                    while (slot.Wait(0))
                    {
                        var job = await ClaimAsync(provider, stoppingToken);
                        if (job is null)
                        {
                            slot.Release();
                            break;
                        }
                        claimed = true;
                        Start(job, slot, stoppingToken);
                    }
                }
                if (DateTimeOffset.UtcNow >= nextSweep)
                {
                    home.SweepAbandoned();
                    nextSweep = DateTimeOffset.UtcNow + settings.SweepInterval;
                }
                if (!claimed)
                {
                    await signals.WaitForWorkAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The database or broker is away for a moment: keep the worker alive and try again after a pause.
                logger.LogWarning(exception, "Claiming jobs failed; trying again shortly");
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        Task[] remaining;
        lock (_gate)
        {
            remaining = [.. _running];
        }
        await Task.WhenAll(remaining);
    }

    private async Task<ClaimedJob?> ClaimAsync(string provider, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimJob>().ExecuteAsync(provider, worker.Id, cancellationToken);
    }

    private void Start(ClaimedJob job, SemaphoreSlim slot, CancellationToken stoppingToken)
    {
        var run = Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None);
        lock (_gate)
        {
            _running.Add(run);
        }
        run.ContinueWith(finished =>
        {
            lock (_gate)
            {
                _running.Remove(finished);
            }
            slot.Release();
            signals.JobQueued(); // a slot is free: look for the next job now
        }, TaskScheduler.Default);
    }

    private async Task RunAsync(ClaimedJob job, CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        signals.Track(job.JobId, stop);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var progress = new JobProgress(job, services.GetRequiredService<IProgressEvents>(), options.Value.ProgressInterval,
            services.GetRequiredService<TimeProvider>(), logger);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(job, progress, stop, heartbeatStop.Token);
        logger.LogInformation("Running {Kind} job {JobId} (request {RequestId}, attempt {Attempt})", job.Kind, job.JobId, job.RequestId, job.Attempt);
        try
        {
            var outcome = await services.GetRequiredService<RunJob>().ExecuteAsync(job, progress, stop.Token);
            await heartbeatStop.CancelAsync();
            await heartbeat;
            var completed = await WithScopeAsync(s => s.GetRequiredService<CompleteJob>().ExecuteAsync(job, outcome, CancellationToken.None));
            logger.LogInformation(completed ? "Job {JobId} succeeded" : "Job {JobId} finished but is no longer this worker's; its result was dropped", job.JobId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await StopHeartbeatAsync(heartbeatStop, heartbeat);
            var released = await WithScopeAsync(s => s.GetRequiredService<ReleaseJob>().ExecuteAsync(job, CancellationToken.None));
            logger.LogInformation("Job {JobId} was stopped by the shutdown and {Outcome}", job.JobId, released ? "handed back to the queue" : "was no longer this worker's");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await StopHeartbeatAsync(heartbeatStop, heartbeat);
            logger.LogInformation("Job {JobId} was stopped: it was cancelled or is no longer this worker's", job.JobId);
        }
        catch (Exception exception)
        {
            await StopHeartbeatAsync(heartbeatStop, heartbeat);
            var failure = exception is MediaProcessingException media
                ? JobFailures.Of(media)
                : new JobFailure("internal_error", $"The job failed unexpectedly: {exception.Message}", Retryable: true);
            if (exception is not MediaProcessingException)
            {
                logger.LogError(exception, "Job {JobId} failed unexpectedly", job.JobId);
            }
            var outcome = await WithScopeAsync(s => s.GetRequiredService<FailJob>().ExecuteAsync(job, failure, CancellationToken.None,
                (exception as MediaProcessingException)?.RetryAfter));
            logger.LogInformation("Job {JobId} failed ({Code}: {Message}); {Outcome}", job.JobId, failure.Code, failure.Message,
                outcome switch
                {
                    FailureOutcome.WillRetry => "it will be tried again",
                    FailureOutcome.Failed => "it failed for good",
                    FailureOutcome.Cancelled => "it was cancelled: its project was deleted",
                    _ => "it was no longer this worker's",
                });
        }
        finally
        {
            signals.Forget(job.JobId, stop);
        }
    }

    /// <summary>Renews the lease and records progress every heartbeat; stops the job when it is no longer this worker's.</summary>
    private async Task HeartbeatAsync(ClaimedJob job, JobProgress progress, CancellationTokenSource stopJob, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                bool held;
                try
                {
                    held = await WithScopeAsync(s => s.GetRequiredService<RenewJob>().ExecuteAsync(job, progress.Stage, progress.Percent, cancellationToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database is away for a moment: the lease lasts several heartbeats, try again at the next.
                    logger.LogWarning(exception, "Renewing the lease of job {JobId} failed", job.JobId);
                    continue;
                }
                if (!held)
                {
                    logger.LogInformation("Job {JobId} is no longer this worker's (cancelled or taken over); stopping it", job.JobId);
                    await stopJob.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The job ended.
        }
    }

    private static async Task StopHeartbeatAsync(CancellationTokenSource heartbeatStop, Task heartbeat)
    {
        await heartbeatStop.CancelAsync();
        await heartbeat;
    }

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
