namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// Follows <c>GET /api/projects/{id}/events</c> through the gateway as a browser's EventSource does: reads in the
/// background, notes when each event arrived, and when the stream breaks opens it again with <c>Last-Event-ID</c>, until
/// the project completed or failed (or the server answers 204: nothing more to send).
/// </summary>
public sealed class ProjectFollower : IAsyncDisposable
{
    private readonly GatewayApi _api;
    private readonly Account _account;
    private readonly Guid _projectId;
    private readonly List<StreamEvent> _events = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private bool _ended;

    private ProjectFollower(GatewayApi api, Account account, Guid projectId) => (_api, _account, _projectId) = (api, account, projectId);

    /// <summary>How many times the stream was opened again after it broke.</summary>
    public int Reconnections { get; private set; }

    public IReadOnlyList<StreamEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Opens the stream and waits for the history it starts with (the draft's status), at most a few seconds.</summary>
    public static async Task<ProjectFollower> OpenAsync(GatewayApi api, Account account, Guid projectId)
    {
        var follower = new ProjectFollower(api, account, projectId);
        follower._reading = Task.Run(follower.RunAsync);
        await follower.WaitForAsync(_ => true, TimeSpan.FromSeconds(30));
        return follower;
    }

    /// <summary>The first event matching <paramref name="match"/>, waiting for it; null when the stream ended or the time ran out first.</summary>
    public async Task<StreamEvent?> WaitForAsync(Func<StreamEvent, bool> match, TimeSpan timeout)
    {
        var deadline = Clock.Now + timeout.TotalSeconds;
        while (true)
        {
            lock (_lock)
            {
                if (_events.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
                if (_ended)
                {
                    return null;
                }
            }
            var left = deadline - Clock.Now;
            if (left <= 0)
            {
                return null;
            }
            await _changed.WaitAsync(TimeSpan.FromSeconds(Math.Min(left, 1)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Stopped by the benchmark.
        }
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var opened = false;
        while (!_stop.IsCancellationRequested)
        {
            long? last;
            lock (_lock)
            {
                last = _events.Count == 0 ? null : _events[^1].Id;
            }
            try
            {
                if (opened)
                {
                    Reconnections++;
                }
                opened = true;
                using var response = await _api.OpenEventsAsync(_projectId, _account, last, _stop.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await ReadAsync(response);
                }
                else if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    End();
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException || exception is OperationCanceledException && !_stop.IsCancellationRequested)
            {
                // The stream broke: open it again after EventSource's reconnection time, as a browser would.
            }
            lock (_lock)
            {
                if (_events.Any(e => e.Settles))
                {
                    _ended = true;
                }
            }
            if (_ended)
            {
                _changed.Release();
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), _stop.Token);
        }
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }
            var entry = StreamEvent.Parse(line[5..].Trim(), Clock.Now);
            lock (_lock)
            {
                if (_events.Count == 0 || entry.Id > _events[^1].Id)
                {
                    _events.Add(entry);
                }
            }
            _changed.Release();
        }
    }

    private void End()
    {
        lock (_lock)
        {
            _ended = true;
        }
        _changed.Release();
    }
}
