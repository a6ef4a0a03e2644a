namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// Where a pipeline's time went on generation's side, all on the servers' clock: its jobs by kind (how many, their summed
/// run time, the longest wait in the queue), and how much of the pipeline (from the start's recorded status change to
/// the recorded <c>completed</c>) had at least one job running; the rest is the way between jobs (events through the
/// outbox and broker, the project's decision, the next job's queueing and claim) and what follows the last job.
/// </summary>
public sealed record JobBreakdown(IReadOnlyList<JobTiming> Jobs, IReadOnlyList<JobKindSummary> Kinds, double PipelineSeconds, double BusySeconds)
{
    public double IdleSeconds => PipelineSeconds - BusySeconds;

    public static JobBreakdown? Of(PipelineResult result, IReadOnlyList<JobTiming> jobs)
    {
        var start = result.Stream.FirstOrDefault();
        var end = result.Stream.FirstOrDefault(e => e.IsProjectStatus("completed"));
        if (start is null || end is null || jobs.Count == 0)
        {
            return null;
        }
        var kinds = jobs.GroupBy(j => j.Kind).Select(g => new JobKindSummary(g.Key, g.Count(), g.Sum(j => j.RunSeconds ?? 0), g.Max(j => j.WaitSeconds ?? 0),
            g.Sum(j => j.Attempts))).ToList();
        var busy = 0.0;
        DateTimeOffset? coveredUntil = null;
        foreach (var (from, to) in jobs.Where(j => j.StartedAt is not null && j.CompletedAt is not null).Select(j => (j.StartedAt!.Value, j.CompletedAt!.Value)).OrderBy(i => i.Item1))
        {
            var begin = coveredUntil is { } covered && covered > from ? covered : from;
            if (to > begin)
            {
                busy += (to - begin).TotalSeconds;
                coveredUntil = to;
            }
        }
        return new JobBreakdown(jobs, kinds, (end.OccurredAt - start.OccurredAt).TotalSeconds, busy);
    }
}

/// <summary>The jobs of one kind in a pipeline: how many, their summed run time, the longest wait in the queue, attempts in all.</summary>
public sealed record JobKindSummary(string Kind, int Count, double RunSeconds, double LongestWaitSeconds, int Attempts);
