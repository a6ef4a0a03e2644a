using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// A client of <c>GET /api/projects/{id}/events</c> through the gateway that behaves as a browser's EventSource: it reads
/// events in the background, and when the stream breaks (the service went away, the gateway answered 502/503) it opens it
/// again with <c>Last-Event-ID</c> set to the last id it read, until the server ends the stream after the project
/// completed or failed (or answers 204: nothing more to send). Every connection attempt is recorded.
/// </summary>
public sealed class ProjectEventsSubscriber : IAsyncDisposable
{
    /// <summary>How long the client waits before opening a broken stream again (EventSource's reconnection time).</summary>
    private static readonly TimeSpan ReconnectionTime = TimeSpan.FromMilliseconds(250);

    private readonly GatewayClient _api;
    private readonly Guid _projectId;
    private readonly Caller _caller;
    private readonly ConcurrentQueue<ProjectEvent> _events = new();
    private readonly ConcurrentQueue<StreamConnection> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private ProjectEventsSubscriber(GatewayClient api, Guid projectId, Caller caller)
    {
        _api = api;
        _projectId = projectId;
        _caller = caller;
    }

    public IReadOnlyList<ProjectEvent> Events => _events.ToList();

    public IReadOnlyList<StreamConnection> Connections => _connections.ToList();

    /// <summary>The server ended the stream for good: the project completed or failed and everything was sent.</summary>
    public bool Ended { get; private set; }

    /// <summary>Opens the stream and waits until the first connection answered (200, or 204 when there is nothing to follow).</summary>
    public static async Task<ProjectEventsSubscriber> FollowAsync(GatewayClient api, Guid projectId, Caller caller)
    {
        var subscriber = new ProjectEventsSubscriber(api, projectId, caller);
        subscriber._reading = Task.Run(subscriber.RunAsync);
        await Eventually.True(() => subscriber._connections.Any(c => c.Status is 200 or 204), $"the event stream of project {projectId} opened",
            TimeSpan.FromMinutes(1));
        return subscriber;
    }

    /// <summary>Waits until an event matching <paramref name="done"/> arrived; fails early if the stream ended without it.</summary>
    public async Task<ProjectEvent> WaitForAsync(Func<ProjectEvent, bool> done, string because, TimeSpan timeout)
    {
        await Eventually.True(() => _events.Any(done) || Ended, because, timeout);
        return Events.FirstOrDefault(done) ?? throw new InvalidOperationException(
            $"The stream ended before {because}; events: {string.Join(", ", Events.Select(e => $"{e.Id}:{e.Type}:{e.Status}"))}");
    }

    /// <summary>Waits until the project completed (its <c>project_status</c> event), failing at once if it failed instead.</summary>
    public async Task WaitCompletedAsync(TimeSpan timeout)
    {
        var settled = await WaitForAsync(e => e.IsProjectStatus("completed") || e.IsProjectStatus("failed"), $"project {_projectId} completed", timeout);
        settled.Status.Should().Be("completed", $"project {_projectId} failed: {settled.Data}");
    }

    public Task WaitEndedAsync(TimeSpan timeout) => Eventually.True(() => Ended, $"the server ended the stream of project {_projectId}", timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting.
        }
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested && !Ended)
        {
            var last = _events.IsEmpty ? (long?)null : _events.Max(e => e.Id);
            try
            {
                using var response = await _api.SendAsync(HttpMethod.Get, $"/api/projects/{_projectId}/events", _caller, configure: request =>
                {
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
                    if (last is { } id)
                    {
                        request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
                    }
                }, completion: HttpCompletionOption.ResponseHeadersRead);
                var refusal = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent ? null : await response.Content.ReadAsStringAsync(_stop.Token);
                var connection = new StreamConnection(last, (int)response.StatusCode, refusal);
                _connections.Enqueue(connection);
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    Ended = true;
                    return;
                }
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await ReadAsync(response, connection);
                    Ended = _events.Any(e => e.IsProjectStatus("completed") || e.IsProjectStatus("failed"));
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException && !_stop.IsCancellationRequested)
            {
                _connections.Enqueue(new StreamConnection(last, null, exception.Message));
            }
            if (!Ended)
            {
                await Task.Delay(ReconnectionTime, _stop.Token);
            }
        }
    }

    private async Task ReadAsync(HttpResponseMessage response, StreamConnection connection)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(stream);
        string? id = null, name = null, data = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    _events.Enqueue(new ProjectEvent(long.Parse(id!, CultureInfo.InvariantCulture), name ?? "message", JsonDocument.Parse(data).RootElement.Clone()));
                    connection.EventsRead++;
                }
                (id, name, data) = (null, null, null);
            }
            else if (line.StartsWith("id:", StringComparison.Ordinal))
            {
                id = line[3..].Trim();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = line[5..].Trim();
            }
        }
    }
}
