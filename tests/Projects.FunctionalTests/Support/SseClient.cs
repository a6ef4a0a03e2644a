using System.Collections.Concurrent;

namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// A subscriber of <c>GET /api/projects/{id}/events</c>, reading the stream in the background as EventSource does:
/// events (with <c>id:</c>, <c>event:</c>, <c>data:</c>), comments (heartbeats), and whether the server closed the stream.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<SseEvent> _events = new();
    private readonly ConcurrentQueue<string> _comments = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private SseClient(HttpResponseMessage response) => Response = response;

    public HttpResponseMessage Response { get; }

    public IReadOnlyList<SseEvent> Events => _events.ToList();

    public IReadOnlyList<string> Comments => _comments.ToList();

    /// <summary>The server ended the stream.</summary>
    public bool Closed { get; private set; }

    public static async Task<SseClient> ConnectAsync(HttpClient http, Guid projectId, string token, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{projectId}/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } last)
        {
            request.Headers.Add("Last-Event-ID", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var client = new SseClient(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            client._reading = client.ReadAsync();
        }
        else
        {
            client.Closed = true;
        }
        return client;
    }

    public Task<IReadOnlyList<SseEvent>> WaitForAsync(Func<IReadOnlyList<SseEvent>, bool> done, string because, TimeSpan? timeout = null) =>
        Eventually.Until(() => Task.FromResult(Events), done, because, timeout ?? TimeSpan.FromSeconds(60));

    public Task WaitClosedAsync(TimeSpan? timeout = null) =>
        Eventually.True(() => Closed, "the server closed the stream", timeout ?? TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Response.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // The subscriber went away.
        }
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await using var stream = await Response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(stream);
        string? id = null, name = null, data = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    _events.Enqueue(new SseEvent(long.Parse(id!, System.Globalization.CultureInfo.InvariantCulture), name ?? "message",
                        JsonDocument.Parse(data).RootElement.Clone()));
                }
                (id, name, data) = (null, null, null);
            }
            else if (line.StartsWith(':'))
            {
                _comments.Enqueue(line[1..].Trim());
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
        Closed = true;
    }
}
