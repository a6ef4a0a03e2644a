namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// A running job's progress: keeps the latest stage and percent (the heartbeat records them on the job) and publishes
/// <see cref="GenerationProgress"/> when the stage changes or at most every <see cref="JobOptions.ProgressInterval"/>,
/// never going backwards within a stage. Publishing is best effort: a failure is logged, the job goes on.
/// </summary>
public sealed class JobProgress(ClaimedJob job, IProgressEvents publisher, TimeSpan interval, TimeProvider time, ILogger logger) : IProgress<MediaProgress>
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastPublished = DateTimeOffset.MinValue;
    private string? _lastStage;
    private int _lastPercent = -1;

    /// <summary>The media stage last reported (e.g. <c>clip</c>, <c>compose</c>).</summary>
    public string? Stage { get; private set; }

    public int Percent { get; private set; }

    public void Report(MediaProgress value)
    {
        GenerationProgress? due = null;
        lock (_gate)
        {
            var percent = (int)Math.Clamp(Math.Floor(value.Percent), 0, 100);
            var stageChanged = value.Stage != Stage;
            if (!stageChanged && percent < Percent)
            {
                return;
            }
            Stage = value.Stage;
            Percent = percent;
            var now = time.GetUtcNow();
            if ((stageChanged || now - _lastPublished >= interval || percent == 100) && (value.Stage != _lastStage || percent != _lastPercent))
            {
                _lastPublished = now;
                _lastStage = value.Stage;
                _lastPercent = percent;
                due = new GenerationProgress(job.RequestId, job.CompanyId, job.ProjectId, job.SceneId, JobStages.For(job.Kind), percent, value.Stage);
            }
        }
        if (due is not null)
        {
            _ = PublishAsync(due);
        }
    }

    private async Task PublishAsync(GenerationProgress progress)
    {
        try
        {
            await publisher.PublishAsync(progress, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Progress of request {RequestId} was not published", progress.RequestId);
        }
    }
}
