using AiVideo.Contracts;

namespace AiVideo.Webhooks.Application.Events;

/// <summary>
/// The <c>data</c> of <c>video.ready</c> and <c>upload.processed</c>: the request it answers, the project and scene it
/// belongs to, the video file and its facts, where it plays, and its thumbnail and captions files.
/// </summary>
public sealed record VideoData(
    Guid RequestId,
    Guid? ProjectId,
    Guid? SceneId,
    string Kind,
    Guid FileId,
    double DurationSeconds,
    long Size,
    int Width,
    int Height,
    PlaybackData Playback,
    Guid? ThumbnailFileId,
    Guid? CaptionsFileId)
{
    public static VideoData Of(VideoReady video) => new(
        video.RequestId, video.ProjectId, video.SceneId, video.Kind, video.FileId, video.DurationSeconds, video.Size, video.Width, video.Height,
        new PlaybackData(video.Playback.Mp4FileId, video.Playback.HlsPlaylistKey), video.ThumbnailFileId, video.CaptionsFileId);
}
