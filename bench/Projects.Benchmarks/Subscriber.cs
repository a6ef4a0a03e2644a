using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AiVideo.Benchmarks.Projects;

/// <summary>One client of <c>GET /api/projects/{id}/events</c>, reading the stream in the background and noting when each event arrived.</summary>
public sealed class Subscriber : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Arrival> _arrivals = [];
    private readonly CancellationTokenSource _stop = new();
    private HttpResponseMessage _response = null!;
    private Task _reading = Task.CompletedTask;

    /// <summary>An event: its type and percent, when the server recorded the change, and when it arrived here (Stopwatch ticks and UTC).</summary>
    public sealed record Arrival(long Sequence, string Type, int? Percent, DateTimeOffset OccurredAt, long ReceivedTicks, DateTimeOffset ReceivedAt);

    public static async Task<Subscriber> ConnectAsync(HttpClient http, Uri projects, Guid projectId, string token)
    {
        var subscriber = new Subscriber();
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(projects, $"/api/projects/{projectId}/events"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        subscriber._response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        subscriber._response.EnsureSuccessStatusCode();
        subscriber._reading = subscriber.ReadAsync();
        return subscriber;
    }

    /// <summary>The first event arrived that matches, or null.</summary>
    public Arrival? First(Func<Arrival, bool> match)
    {
        lock (_lock)
        {
            return _arrivals.FirstOrDefault(match);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // Closed by the benchmark.
        }
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await using var stream = await _response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }
            var (ticks, now) = (Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
            var entry = JsonDocument.Parse(line.AsMemory(5)).RootElement;
            var arrival = new Arrival(entry.GetProperty("sequence").GetInt64(), entry.GetProperty("type").GetString()!,
                entry.GetProperty("percent").ValueKind == JsonValueKind.Number ? entry.GetProperty("percent").GetInt32() : null,
                entry.GetProperty("occurredAt").GetDateTimeOffset(), ticks, now);
            lock (_lock)
            {
                _arrivals.Add(arrival);
            }
        }
    }
}
