using AiVideo.Projects.Application.Timeline;
using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Api.Endpoints;

public static class TimelineEndpoints
{
    public sealed record TimelineRequest(IReadOnlyList<TimelineClipRequest>? Clips);

    /// <summary>A cut: the scene, its order, its start on the timeline, and trim-in/trim-out (or a duration) within the scene's clip, in seconds.</summary>
    public sealed record TimelineClipRequest(Guid SceneId, int Order, double Start, double? TrimIn, double? TrimOut, double? Duration);

    public sealed record LayersRequest(IReadOnlyList<CaptionLayerRequest>? Captions, IReadOnlyList<AudioLayerRequest>? Audio);

    public sealed record CaptionLayerRequest(string? Text, double Start, double End, string? Style);

    public sealed record AudioLayerRequest(Guid FileId, double? Volume, bool? Ducking, double? Start);

    public static RouteGroupBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{id:guid}").WithTags("Timeline");
        group.MapGet("/timeline", TimelineAsync).RequireScope(Scopes.ProjectsRead).WithName("GetTimeline").Produces<TimelineView>();
        group.MapPut("/timeline", SetTimelineAsync).RequireScope(Scopes.ProjectsWrite).WithName("SetTimeline")
            .WithSummary("Replaces the cuts of the final video, each checked against its clip's real duration; [] plays every clip whole.")
            .Produces<TimelineView>().ProducesValidationProblem();
        group.MapGet("/layers", LayersAsync).RequireScope(Scopes.ProjectsRead).WithName("GetLayers").Produces<LayersView>();
        group.MapPut("/layers", SetLayersAsync).RequireScope(Scopes.ProjectsWrite).WithName("SetLayers")
            .WithSummary("Replaces the caption layers (text, start, end, style) and audio layers (company audio file, volume, ducking, start).")
            .Produces<LayersView>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> TimelineAsync(Guid id, ClaimsPrincipal user, GetTimeline get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(timeline => TypedResults.Ok(timeline));

    private static async Task<IResult> SetTimelineAsync(Guid id, TimelineRequest request, ClaimsPrincipal user, SetTimeline set, CancellationToken cancellationToken) =>
        (await set.ExecuteAsync(user.ToActor(), id,
                request.Clips?.Select(c => new TimelineClipInput(c.SceneId, c.Order, c.Start, c.TrimIn, c.TrimOut, c.Duration)).ToList(), cancellationToken))
            .ToHttp(timeline => TypedResults.Ok(timeline));

    private static async Task<IResult> LayersAsync(Guid id, ClaimsPrincipal user, GetLayers get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), id, cancellationToken)).ToHttp(layers => TypedResults.Ok(layers));

    private static async Task<IResult> SetLayersAsync(Guid id, LayersRequest request, ClaimsPrincipal user, SetLayers set, CancellationToken cancellationToken)
    {
        var defaults = new AudioLayerInput(Guid.Empty);
        var captions = request.Captions?.Select(c => new CaptionLayerInput(c.Text, c.Start, c.End, c.Style)).ToList();
        var audio = request.Audio?.Select(a => new AudioLayerInput(a.FileId, a.Volume ?? defaults.Volume, a.Ducking ?? defaults.Ducking, a.Start ?? defaults.StartSeconds)).ToList();
        return (await set.ExecuteAsync(user.ToActor(), id, captions, audio, cancellationToken)).ToHttp(layers => TypedResults.Ok(layers));
    }
}
