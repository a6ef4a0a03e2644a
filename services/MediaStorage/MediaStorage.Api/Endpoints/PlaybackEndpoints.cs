using AiVideo.MediaStorage.Application.Playback;

namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// The HLS playlists of processed video uploads, for players: anonymous, the signed link (from the file's
/// <c>playback.hls</c>) is the credential. Each playlist comes back with its variant playlists as signed links and its
/// segments as presigned storage URLs.
/// </summary>
public static class PlaybackEndpoints
{
    public const string PlaylistContentType = "application/vnd.apple.mpegurl";

    public static IEndpointRouteBuilder MapPlaybackApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/files/{id:guid}/hls/{**path}", ReadAsync).AllowAnonymous().WithTags("Files").WithName("GetFilePlaylist")
            .WithSummary("An HLS playlist of a processed video, by its signed link (expires, signature).")
            .Produces<string>(StatusCodes.Status200OK, PlaylistContentType).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ReadAsync(Guid id, string path, string? expires, string? signature, HttpContext http, ReadPlaylist read,
        CancellationToken cancellationToken)
    {
        var playlist = await read.ExecuteAsync(id, path, expires, signature, cancellationToken);
        if (!playlist.IsSuccess)
        {
            return playlist.Error.ToHttp();
        }
        // The links inside expire with this one: caches must not keep the playlist longer than a player would.
        http.Response.Headers.CacheControl = "private, max-age=60";
        return TypedResults.Text(playlist.Value, PlaylistContentType);
    }
}
