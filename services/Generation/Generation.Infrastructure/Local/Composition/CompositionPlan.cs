using System.Text;

namespace AiVideo.Generation.Infrastructure.Local.Composition;

/// <summary>
/// The one ffmpeg run that makes a final video: the clips read by the concat demuxer in timeline order (trims as
/// in/out points, frames outside them dropped with <c>concatdec_select</c>), the video stream-copied when nothing needs
/// drawing over it and no clip is trimmed, else encoded once (watermark overlay, burned captions); the audio always
/// mixed once (the clips' own track, narration delayed to its offset, music looped and ducked under the narration by a
/// sidechain compressor), padded and cut to exactly the timeline's length, in a <c>+faststart</c> MP4.
/// </summary>
internal sealed class CompositionPlan
{
    private const double Tolerance = 0.05;

    private CompositionPlan(IReadOnlyList<TimelineSegment> segments, string concatList, IReadOnlyList<string> arguments, bool copiesVideo)
    {
        Segments = segments;
        ConcatList = concatList;
        Arguments = arguments;
        CopiesVideo = copiesVideo;
    }

    public IReadOnlyList<TimelineSegment> Segments { get; }

    public double DurationSeconds => Segments.Sum(s => s.Duration);

    /// <summary>The ffconcat list to write at the list path given to <see cref="Create"/>.</summary>
    public string ConcatList { get; }

    public IReadOnlyList<string> Arguments { get; }

    public bool CopiesVideo { get; }

    public static CompositionPlan Create(CompositionRequest request, IReadOnlyList<MediaInfo> clips, CompositionStyle style, string listPath, string output)
    {
        var segments = Place(request.Clips, clips);
        var (width, height) = (clips[0].Video!.Width, clips[0].Video!.Height);
        var burn = request.BurnCaptions && request.Captions is not null;
        var copiesVideo = request.WatermarkPath is null && !burn && segments.All(s => !s.Trimmed);
        var total = segments.Sum(s => s.Duration);
        var narration = request.Narration ?? [];
        if (narration.FirstOrDefault(n => !(n.OffsetSeconds >= 0 && n.OffsetSeconds < total)) is { } misplaced)
        {
            throw MediaProcessingException.InvalidRequest($"Narration is placed at {misplaced.OffsetSeconds:0.###} s, outside the {total:0.###} s timeline.");
        }
        if (request.Music is { Volume: < 0 or > 4 } music)
        {
            throw MediaProcessingException.InvalidRequest($"Music volume is 0 to 4 (1 = as recorded), not {music.Volume}.");
        }

        var inputs = new List<string> { "-f", "concat", "-safe", "0", "-segment_time_metadata", "1", "-i", listPath };
        foreach (var placement in narration)
        {
            inputs.AddRange(["-i", placement.Path]);
        }
        var musicInput = narration.Count + 1;
        if (request.Music is not null)
        {
            inputs.AddRange(["-stream_loop", "-1", "-i", request.Music.Path]);
        }
        var watermarkInput = musicInput + (request.Music is null ? 0 : 1);
        if (request.WatermarkPath is not null)
        {
            inputs.AddRange(["-i", request.WatermarkPath]);
        }

        var graph = new List<string>();
        if (!copiesVideo)
        {
            var video = "[0:v]select=concatdec_select,setsar=1";
            var last = "base";
            graph.Add($"{video}[{last}]");
            if (request.WatermarkPath is not null)
            {
                var margin = Even(Math.Min(width, height) * 0.04);
                graph.Add($"[{watermarkInput}:v]format=rgba,scale={Even(width * 0.12)}:-1,colorchannelmixer=aa=0.85[mark]");
                graph.Add($"[{last}][mark]overlay=x=main_w-overlay_w-{margin}:y={margin}[marked]");
                last = "marked";
            }
            if (burn)
            {
                graph.Add($"[{last}]subtitles=filename={FilterText.OptionValue(request.Captions!.SrtPath)}"
                    + $":fontsdir={FilterText.OptionValue(style.FontFolder)}:force_style={FilterText.OptionValue(style.AssStyle(width, height))}[captioned]");
                last = "captioned";
            }
            graph.Add($"[{last}]format=yuv420p[vout]");
        }

        const string AudioFormat = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
        graph.Add($"[0:a]aselect=concatdec_select,aresample=48000:async=1:first_pts=0,{AudioFormat}[bed]");
        for (var i = 0; i < narration.Count; i++)
        {
            var delay = (long)Math.Round(narration[i].OffsetSeconds * 1000);
            graph.Add($"[{i + 1}:a]{AudioFormat},adelay=delays={delay}:all=1[n{i}]");
        }
        if (narration.Count > 0)
        {
            graph.Add(narration.Count == 1
                ? "[n0]anull[voice]"
                : $"{string.Concat(Enumerable.Range(0, narration.Count).Select(i => $"[n{i}]"))}amix=inputs={narration.Count}:normalize=0:duration=longest[voice]");
        }
        if (request.Music is not null)
        {
            graph.Add($"[{musicInput}:a]{AudioFormat},volume={FilterText.Number(request.Music.Volume)}[music]");
        }
        graph.Add((narration.Count > 0, request.Music is not null) switch
        {
            (true, true) when !request.Music!.Duck => "[bed][voice][music]amix=inputs=3:normalize=0:duration=first[mixed]",
            // The key is padded: sidechaincompress stops when either input ends, and the music must outlast the last narration.
            (true, true) => "[voice]apad,asplit=2[voicemix][voicekey];"
                + "[music][voicekey]sidechaincompress=threshold=0.02:ratio=12:attack=20:release=400[ducked];"
                + "[bed][voicemix][ducked]amix=inputs=3:normalize=0:duration=first[mixed]",
            (true, false) => "[bed][voice]amix=inputs=2:normalize=0:duration=first[mixed]",
            (false, true) => "[bed][music]amix=inputs=2:normalize=0:duration=first[mixed]",
            _ => "[bed]anull[mixed]",
        });
        graph.Add("[mixed]alimiter=limit=0.95:level=0,apad[aout]");

        List<string> arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-progress", "pipe:1", "-nostats",
            // Timestamps as the concat demuxer gives them: frames before a clip's in point are negative and dropped by
            // concatdec_select; without -copyts ffmpeg would shift them all up and the select would cut the wrong frames.
            "-copyts",
            .. inputs,
            "-filter_complex", string.Join(';', graph),
            .. copiesVideo ? (string[])["-map", "0:v", "-c:v", "copy"] : ["-map", "[vout]", .. style.VideoEncoding],
            "-map", "[aout]", .. Clips.ClipFormat.AudioEncoding(160),
            "-t", FilterText.Number(total), "-movflags", "+faststart", output,
        ];
        return new CompositionPlan(segments, ConcatListText(segments), arguments, copiesVideo);
    }

    private static List<TimelineSegment> Place(IReadOnlyList<TimelineClip> clips, IReadOnlyList<MediaInfo> infos)
    {
        var segments = new List<TimelineSegment>();
        var offset = 0.0;
        for (var i = 0; i < clips.Count; i++)
        {
            var clip = clips[i];
            var length = infos[i].DurationSeconds;
            var duration = clip.DurationSeconds ?? length - clip.TrimStartSeconds;
            if (clip.TrimStartSeconds < 0 || clip.TrimStartSeconds >= length || duration <= 0 || clip.TrimStartSeconds + duration > length + Tolerance)
            {
                throw MediaProcessingException.InvalidRequest(
                    $"Clip {i + 1} lasts {length:0.###} s; it cannot be played from {clip.TrimStartSeconds:0.###} s for {duration:0.###} s.");
            }
            duration = Math.Min(duration, length - clip.TrimStartSeconds);
            var trimmed = clip.TrimStartSeconds > 0 || length - clip.TrimStartSeconds - duration > 1e-3;
            segments.Add(new TimelineSegment(clip.Path, clip.TrimStartSeconds, duration, offset, trimmed));
            offset += duration;
        }
        return segments;
    }

    private static string ConcatListText(IReadOnlyList<TimelineSegment> segments)
    {
        var list = new StringBuilder("ffconcat version 1.0\n");
        foreach (var segment in segments)
        {
            list.Append("file ").Append(FilterText.ConcatPath(segment.Path)).Append('\n');
            if (segment.Trimmed)
            {
                list.Append("inpoint ").Append(FilterText.Number(segment.InPoint)).Append('\n')
                    .Append("outpoint ").Append(FilterText.Number(segment.InPoint + segment.Duration)).Append('\n');
            }
        }
        return list.ToString();
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
}
