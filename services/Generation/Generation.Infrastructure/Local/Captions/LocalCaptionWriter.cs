namespace AiVideo.Generation.Infrastructure.Local.Captions;

/// <summary>The offline caption writer: <see cref="CaptionLayout"/> cues written as WebVTT and SRT files in the workspace.</summary>
internal sealed class LocalCaptionWriter : ICaptionWriter
{
    public async Task<CaptionTrack> WriteAsync(IReadOnlyList<CaptionSegment> segments, MediaWorkspace workspace, CancellationToken cancellationToken)
    {
        var cues = CaptionLayout.Cues(segments);
        if (cues.Count == 0)
        {
            throw MediaProcessingException.InvalidRequest("Captions need at least one segment with text and a positive duration.");
        }
        var vtt = workspace.NewFile("captions", ".vtt");
        var srt = Path.ChangeExtension(vtt, ".srt");
        await File.WriteAllTextAsync(vtt, SubtitleFormats.WebVtt(cues), cancellationToken);
        await File.WriteAllTextAsync(srt, SubtitleFormats.Srt(cues), cancellationToken);
        return new CaptionTrack(vtt, srt, cues);
    }
}
