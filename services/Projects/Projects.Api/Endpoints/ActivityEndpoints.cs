using System.Globalization;
using System.Text;
using System.Text.Json;
using AiVideo.Projects.Application.Activity;
using Microsoft.AspNetCore.Http.Features;

namespace AiVideo.Projects.Api.Endpoints;

/// <summary>
/// A project's history as JSON (<c>/activity</c>) and live as Server-Sent Events (<c>/events</c>): every status change
/// and progress percent, <c>id:</c> on each event, <c>Last-Event-ID</c> (or <c>?lastEventId=</c>) resuming from the
/// stored history, a heartbeat comment when quiet, the stream closed after the project completes or fails (and 204 to
/// a reconnect when there is nothing more, which tells EventSource to stop). When the service stops, its streams end at
/// once: followers reconnect with Last-Event-ID (to another replica, or to this one restarted) instead of holding the
/// shutdown open until the host gives up on them.
/// </summary>
public static class ActivityEndpoints
{
    private const string LastEventIdHeader = "Last-Event-ID";

    public static RouteGroupBuilder MapActivityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{id:guid}").WithTags("Activity").RequireScope(Scopes.ProjectsRead);
        group.MapGet("/activity", ActivityAsync).WithName("GetProjectActivity")
            .WithSummary("The project's history, oldest first; the cursor is the number of the last entry seen.")
            .Produces<CursorPage<ActivityView>>().ProducesValidationProblem();
        group.MapGet("/events", EventsAsync).WithName("FollowProject")
            .WithSummary("Server-Sent Events of the project's status and progress as they happen (Last-Event-ID resumes).")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream").Produces(StatusCodes.Status204NoContent);
        return group;
    }

    private static async Task<IResult> ActivityAsync(Guid id, string? cursor, int? limit, ClaimsPrincipal user, GetActivity get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cursor, limit, cancellationToken)).ToHttp(page => TypedResults.Ok(page));

    private static async Task<IResult> EventsAsync(
        Guid id, string? lastEventId, HttpContext http, ClaimsPrincipal user, FollowProject follow, IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        var resumeFrom = http.Request.Headers[LastEventIdHeader].FirstOrDefault() ?? lastEventId;
        long after = 0;
        if (!string.IsNullOrEmpty(resumeFrom) && !long.TryParse(resumeFrom, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return Error.Validation("lastEventId", "The last event id is the number of an event this stream sent.").ToHttp();
        }
        var opened = await follow.OpenAsync(user.ToActor(), id, after, cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error.ToHttp();
        }
        await using var stream = opened.Value;
        if (stream.IsOver)
        {
            return TypedResults.NoContent();
        }

        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteAsync(response, "retry: 3000\n: subscribed\n\n", cancellationToken);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var next in stream.ReadAsync(ending.Token))
            {
                await WriteAsync(response, next.Entry is { } entry ? Format(entry) : ": heartbeat\n\n", ending.Token);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The subscriber went away, or the service is stopping (the subscriber reconnects with its last event id).
        }
        return TypedResults.Empty;
    }

    private static string Format(ActivityView entry) => new StringBuilder()
        .Append("id: ").Append(entry.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
        .Append("event: ").Append(entry.Type).Append('\n')
        .Append("data: ").Append(JsonSerializer.Serialize(entry, JsonSerializerOptions.Web)).Append("\n\n")
        .ToString();

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
