namespace AiVideo.Generation.Infrastructure.Local.Transcoding;

/// <summary>
/// The offline transcoder of uploaded videos: ffprobe first (a file that is not a video fails here, quickly, as
/// <see cref="MediaErrorCodes.UnreadableInput"/>), then one ffmpeg run for the whole <see cref="HlsLadder"/> (the
/// picture decoded once and split; keyframes forced every 4 s so segments of all variants line up; master playlist by
/// <c>-var_stream_map</c>), then a JPEG thumbnail.
/// </summary>
internal sealed class LocalVideoTranscoder(ToolRunner runner, LocalTools tools, IMediaProbe probe, IOptions<LocalMediaOptions> options) : IVideoTranscoder
{
    public const int SegmentSeconds = 4;
    public const string MasterPlaylist = "master.m3u8";

    private static readonly string[] NotVideoCodecs = ["ansi"];

    public async Task<TranscodedVideo> TranscodeAsync(TranscodeRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var source = await probe.ProbeAsync(request.SourcePath, cancellationToken);
        var video = RequireVideo(source);
        progress?.Report(new MediaProgress(MediaStages.Probe, 2));

        var settings = options.Value;
        var rungs = HlsLadder.Plan(video.Width, video.Height, request.Renditions);
        var folder = workspace.NewFolder("hls");
        var hasAudio = source.Audio is not null;
        var filter = rungs.Count == 1
            ? $"[0:v]scale={rungs[0].Width}:{rungs[0].Height}:flags=bicubic,setsar=1[v0]"
            : $"[0:v]split={rungs.Count}{string.Concat(rungs.Select((_, i) => $"[s{i}]"))};"
              + string.Join(';', rungs.Select((r, i) => $"[s{i}]scale={r.Width}:{r.Height}:flags=bicubic,setsar=1[v{i}]"));
        var arguments = new List<string>
        {
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-progress", "pipe:1", "-nostats",
            "-i", request.SourcePath, "-filter_complex", filter,
        };
        for (var i = 0; i < rungs.Count; i++)
        {
            arguments.AddRange(["-map", $"[v{i}]"]);
        }
        for (var i = 0; hasAudio && i < rungs.Count; i++)
        {
            arguments.AddRange(["-map", "0:a:0"]);
        }
        arguments.AddRange(["-c:v", "libx264", "-preset", settings.X264Preset, "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-sc_threshold", "0", "-force_key_frames", $"expr:gte(t,n_forced*{SegmentSeconds})"]);
        for (var i = 0; i < rungs.Count; i++)
        {
            var kbps = rungs[i].VideoKbps;
            arguments.AddRange([$"-b:v:{i}", $"{kbps}k", $"-maxrate:v:{i}", $"{kbps * 11 / 10}k", $"-bufsize:v:{i}", $"{kbps * 2}k"]);
            if (hasAudio)
            {
                arguments.AddRange([$"-b:a:{i}", $"{rungs[i].AudioKbps}k"]);
            }
        }
        if (hasAudio)
        {
            arguments.AddRange(["-c:a", "aac", "-ac", "2", "-ar", "48000"]);
        }
        arguments.AddRange([
            "-f", "hls", "-hls_time", SegmentSeconds.ToString(CultureInfo.InvariantCulture), "-hls_playlist_type", "vod",
            "-hls_flags", "independent_segments", "-hls_segment_filename", Path.Combine(folder, "%v", "segment_%03d.ts"),
            "-master_pl_name", MasterPlaylist,
            "-var_stream_map", string.Join(' ', rungs.Select((r, i) => hasAudio ? $"v:{i},a:{i},name:{r.Name}" : $"v:{i},name:{r.Name}")),
            Path.Combine(folder, "%v", "index.m3u8"),
        ]);
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg, arguments, settings.RenderTimeout)
        {
            Stage = MediaStages.Transcode,
            ExpectedSeconds = source.DurationSeconds,
            Outputs = [folder],
        }, new ProgressRange(progress, 2, 95), cancellationToken);

        var thumbnail = workspace.NewFile("thumbnail", ".jpg");
        await runner.RunAsync(new ToolInvocation(tools.Ffmpeg,
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-ss", Composition.FilterText.Number(Math.Min(source.DurationSeconds * 0.25, 5)), "-i", request.SourcePath,
            "-frames:v", "1", "-vf", "scale='min(1280,iw)':-2", "-q:v", "3", "-update", "1", thumbnail,
        ], settings.RenderTimeout) { Stage = MediaStages.Thumbnail, Outputs = [thumbnail] }, progress: null, cancellationToken);
        progress?.Report(new MediaProgress(MediaStages.Done, 100));

        return new TranscodedVideo(source, thumbnail, folder, Path.Combine(folder, MasterPlaylist),
            [.. rungs.Select(r => new HlsVariant(r.Name, r.Width, r.Height, r.VideoKbps, hasAudio ? r.AudioKbps : 0, Path.Combine(folder, r.Name, "index.m3u8")))]);
    }

    private static VideoStreamInfo RequireVideo(MediaInfo source)
    {
        if (source.Video is not { } video)
        {
            throw MediaProcessingException.UnreadableInput($"The file ({source.FormatName}) has no video stream.");
        }
        if (NotVideoCodecs.Contains(video.Codec) || source.FormatName.Contains("pipe", StringComparison.Ordinal)
            || source.FormatName.Contains("image2", StringComparison.Ordinal) || source.FormatName == "tty")
        {
            throw MediaProcessingException.UnreadableInput($"The file is {source.FormatName} ({video.Codec}), a still image or text, not a video.");
        }
        if (!(source.DurationSeconds > 0) || video.Width <= 0 || video.Height <= 0)
        {
            throw MediaProcessingException.UnreadableInput("The video has no duration or no frame size.");
        }
        return video;
    }
}
