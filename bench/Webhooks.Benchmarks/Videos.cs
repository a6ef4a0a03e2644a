using AiVideo.Contracts;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>A <see cref="VideoReady"/> of a generated clip, as generation-api announces one (a <c>video.ready</c> webhook).</summary>
public static class Videos
{
    public static VideoReady Ready(Guid companyId, Guid requestId)
    {
        var fileId = Guid.NewGuid();
        return new VideoReady(requestId, companyId, Guid.NewGuid(), Guid.NewGuid(), VideoKinds.Clip, fileId, 5.0, 2_400_000, 1280, 720,
            new VideoPlayback(fileId, $"hls/{fileId:N}/master.m3u8"), Guid.NewGuid());
    }
}
