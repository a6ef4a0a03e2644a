using System.Runtime.CompilerServices;
using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Activity;

/// <summary>
/// One subscriber's stream of a project's activity: first the stored history after the last entry the subscriber saw,
/// then live entries as they are committed on any replica, strictly in order and without gaps (a gap in the live
/// numbers is filled from the stored history; an entry seen already is skipped). After a quiet heartbeat interval it
/// reads the stored history again (so a lost live delivery costs at most one interval) and yields a heartbeat. It ends
/// once the project has completed or failed and everything up to then was sent.
/// </summary>
public sealed class ProjectEventStream : IAsyncDisposable
{
    private static readonly string[] TerminalStatuses = [WireNames.Of(ProjectStatus.Completed), WireNames.Of(ProjectStatus.Failed)];

    private readonly Guid _projectId;
    private readonly IActivitySubscription? _subscription;
    private readonly IProjectActivity _history;
    private readonly ProjectEventsOptions _options;
    private readonly TimeProvider _time;
    private long _last;
    private string _status;

    internal ProjectEventStream(
        Guid projectId, long lastEventId, string status, IActivitySubscription? subscription, IProjectActivity history, ProjectEventsOptions options,
        TimeProvider time)
    {
        _projectId = projectId;
        _last = lastEventId;
        _status = status;
        _subscription = subscription;
        _history = history;
        _options = options;
        _time = time;
    }

    /// <summary>The project completed or failed before and the subscriber has seen everything: there is nothing to stream.</summary>
    public bool IsOver => _subscription is null;

    public async IAsyncEnumerable<ProjectEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_subscription is null)
        {
            yield break;
        }
        foreach (var entry in await CatchUpAsync(cancellationToken))
        {
            yield return new ProjectEvent(entry);
        }
        if (IsTerminal)
        {
            yield break;
        }

        var live = _subscription.Entries;
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= live.WaitToReadAsync(cancellationToken).AsTask();
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var heartbeat = Task.Delay(_options.HeartbeatInterval, _time, quiet.Token);
            var first = await Task.WhenAny(waiting, heartbeat);
            await quiet.CancelAsync();
            List<ActivityView> next;
            if (first == heartbeat)
            {
                cancellationToken.ThrowIfCancellationRequested();
                next = await CatchUpAsync(cancellationToken);
            }
            else
            {
                var open = await waiting;
                waiting = null;
                if (!open)
                {
                    yield break;
                }
                next = [];
                while (live.TryRead(out var entry))
                {
                    next.AddRange(await TakeAsync(entry, cancellationToken));
                }
            }
            foreach (var entry in next)
            {
                yield return new ProjectEvent(entry);
            }
            if (first == heartbeat)
            {
                yield return ProjectEvent.Heartbeat;
            }
            if (IsTerminal)
            {
                yield break;
            }
        }
    }

    public ValueTask DisposeAsync() => _subscription?.DisposeAsync() ?? ValueTask.CompletedTask;

    private bool IsTerminal => TerminalStatuses.Contains(_status);

    /// <summary>A live entry: the next one is taken; after a gap the stored history is read up to it; one seen already is dropped.</summary>
    private async Task<List<ActivityView>> TakeAsync(ActivityView entry, CancellationToken cancellationToken)
    {
        if (entry.Sequence <= _last)
        {
            return [];
        }
        if (entry.Sequence == _last + 1)
        {
            Advance(entry);
            return [entry];
        }
        return await CatchUpAsync(cancellationToken);
    }

    /// <summary>Every stored entry after the last one taken, in order.</summary>
    private async Task<List<ActivityView>> CatchUpAsync(CancellationToken cancellationToken)
    {
        var taken = new List<ActivityView>();
        while (true)
        {
            var batch = await _history.AfterAsync(_projectId, _last, _options.HistoryBatchSize, cancellationToken);
            foreach (var entry in batch)
            {
                Advance(entry);
                taken.Add(entry);
            }
            if (batch.Count < _options.HistoryBatchSize)
            {
                return taken;
            }
        }
    }

    private void Advance(ActivityView entry)
    {
        _last = entry.Sequence;
        if (entry.IsProjectStatus() && entry.Status is { } status)
        {
            _status = status;
        }
    }
}
