using System.Net.Http.Headers;
using System.Net.ServerSentEvents;

namespace AiVideo.Demo;

/// <summary>
/// Follows a project's Server-Sent Events (<c>GET /api/projects/{id}/events</c>) as a browser's EventSource does: when
/// the stream breaks before the project settled (projects-api restarted, the gateway answered 502/503) it opens it again
/// with <c>Last-Event-ID</c> after the server's <c>retry:</c> interval, and gives up only after
/// <see cref="MaxOutage"/> without a connection. The server ends the stream once the project completed or failed.
/// </summary>
internal sealed class ProjectEventsFollower(GatewayApi api, Guid projectId)
{
    private const string Doing = "follow the project's events";
    private static readonly TimeSpan MaxOutage = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan DefaultRetry = TimeSpan.FromSeconds(1);

    /// <summary>Hands every event to <paramref name="seen"/> in order and returns the status the project settled in (<c>completed</c> or <c>failed</c>).</summary>
    public async Task<string> FollowAsync(Func<ActivityEvent, Task> seen, Action<string> notice, TimeProvider time, CancellationToken cancellationToken)
    {
        string? lastEventId = null;
        string? settled = null;
        var retry = DefaultRetry;
        DateTimeOffset? failingSince = null;
        while (true)
        {
            try
            {
                using var response = await api.SendAsync(HttpMethod.Get, $"/api/projects/{projectId}/events", null, Doing, cancellationToken, request =>
                {
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
                    if (lastEventId is not null)
                    {
                        request.Headers.Add("Last-Event-ID", lastEventId);
                    }
                }, streaming: true);
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    // The project settled and every event was sent already.
                    return settled ?? await StatusAsync(cancellationToken);
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw await Problem.OfAsync(response, Doing, cancellationToken);
                }
                failingSince = null;
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                var parser = SseParser.Create(body);
                await foreach (var item in parser.EnumerateAsync(cancellationToken))
                {
                    var activity = JsonSerializer.Deserialize<ActivityEvent>(item.Data, JsonSerializerOptions.Web)
                        ?? throw new DemoFailure($"The event stream sent an event without data (id {parser.LastEventId}).");
                    lastEventId = parser.LastEventId;
                    settled = activity.Settles ? activity.Status : settled;
                    await seen(activity);
                }
                retry = parser.ReconnectionInterval > TimeSpan.Zero && parser.ReconnectionInterval < MaxOutage ? parser.ReconnectionInterval : DefaultRetry;
                if (settled is not null)
                {
                    return settled;
                }
                notice($"The event stream ended before the project was done; opening it again after event {lastEventId ?? "0"}.");
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && exception is DemoFailure { Transient: true } or IOException or HttpRequestException)
            {
                if (settled is not null)
                {
                    return settled;
                }
                if (failingSince is null)
                {
                    failingSince = time.GetUtcNow();
                    notice($"The event stream broke ({FirstLine(exception.Message)}); opening it again after event {lastEventId ?? "0"}.");
                }
                else if (time.GetUtcNow() - failingSince > MaxOutage)
                {
                    throw exception as DemoFailure ?? new DemoFailure($"Lost the project's event stream for {MaxOutage.TotalMinutes:0} minutes: {exception.Message}");
                }
            }
            await Task.Delay(retry, time, cancellationToken);
        }
    }

    private async Task<string> StatusAsync(CancellationToken cancellationToken) =>
        (await api.GetJsonAsync($"/api/projects/{projectId}", "read the project", cancellationToken)).GetProperty("status").GetString()!;

    private static string FirstLine(string text) => text.Split('\n')[0];
}
