using AiVideo.Contracts;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>Events as the other services publish them.</summary>
public static class Events
{
    public static VideoReady VideoReady(Guid companyId, string kind = VideoKinds.Final) => new(
        Guid.NewGuid(), companyId, Guid.NewGuid(), kind == VideoKinds.Clip ? Guid.NewGuid() : null, kind, Guid.NewGuid(), 30.5, 12_345_678, 1280, 720,
        new VideoPlayback(Guid.NewGuid(), kind == VideoKinds.Upload ? $"companies/{companyId}/videos/x/hls/master.m3u8" : null), Guid.NewGuid(),
        CaptionsFileId: kind == VideoKinds.Final ? Guid.NewGuid() : null);

    public static ProjectCompleted ProjectCompleted(Guid companyId) =>
        new(Guid.NewGuid(), companyId, Guid.NewGuid(), Guid.NewGuid(), 42.0, DateTimeOffset.UtcNow.AddSeconds(-3));

    public static GenerationFailed GenerationFailed(Guid companyId) =>
        new(Guid.NewGuid(), companyId, Guid.NewGuid(), Guid.NewGuid(), GenerationStages.Clip, "ffmpeg_failed", "ffmpeg exited with code 1", Retryable: true);
}
