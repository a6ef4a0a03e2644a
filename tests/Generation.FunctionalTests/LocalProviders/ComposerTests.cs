using System.Buffers.Binary;
using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class ComposerTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private readonly IVideoComposer _composer = fixture.Media.Get<IVideoComposer>();
    private IReadOnlyList<TimelineClip> Timeline => [.. fixture.Clips.Select(c => new TimelineClip(c.Path))];

    [Fact]
    public async Task Narration_and_ducked_music_make_the_audio_louder_where_the_narration_plays()
    {
        using var workspace = fixture.Media.Workspace();
        var captions = await fixture.Media.Get<ICaptionWriter>().WriteAsync(
            [new CaptionSegment("Fresh bread, every single morning.", 2 + fixture.Narration.SpeechStartSeconds, 2 + fixture.Narration.SpeechEndSeconds)], workspace, default);

        var video = await _composer.ComposeAsync(new CompositionRequest(Timeline, [new NarrationPlacement(fixture.Narration.Path, 2)],
            new MusicBed(fixture.Music, 0.5), fixture.Logo, captions), workspace, null, default);

        var probed = MediaTools.Probe(video.Path);
        probed.DurationSeconds.Should().BeApproximately(6, 0.1);
        probed.Video.DurationSeconds!.Value.Should().BeApproximately(6, 0.1);
        probed.Audio.DurationSeconds!.Value.Should().BeApproximately(6, 0.1);
        (probed.Video.Codec, probed.Video.Profile, probed.Video.PixelFormat, probed.Video.FrameRate).Should().Be(("h264", "High", "yuv420p", "30/1"));
        (probed.Audio.Codec, probed.Audio.SampleRate, probed.Audio.Channels).Should().Be(("aac", 48000.0, 2.0));
        (video.Width, video.Height, video.SizeBytes).Should().Be((CompositionFixture.Width, CompositionFixture.Height, new FileInfo(video.Path).Length));
        video.DurationSeconds.Should().BeApproximately(probed.DurationSeconds, 0.05);

        var rms = MediaTools.RmsPerWindow(video.Path, 0.5);
        var musicOnly = new[] { rms[1], rms[2], rms[9], rms[10] };
        var withNarration = rms.Skip(4).Take(3).Max();
        musicOnly.Should().OnlyContain(level => level > 0.01, "the music plays, looped past its 3 s, where nobody speaks");
        withNarration.Should().BeGreaterThan(musicOnly.Max() * 1.5, "narration over ducked music is louder than music alone");

        IsFastStart(video.Path).Should().BeTrue("moov comes before mdat, so playback starts before the download ends");
        using var thumbnail = SKBitmap.Decode(video.ThumbnailPath);
        (thumbnail.Width, thumbnail.Height).Should().Be((CompositionFixture.Width, CompositionFixture.Height));
        File.ReadAllBytes(video.ThumbnailPath).Take(2).Should().Equal(0xFF, 0xD8);
        video.CaptionsPath.Should().Be(captions.WebVttPath);
        File.ReadAllText(video.CaptionsPath!).Should().StartWith("WEBVTT");
        using var frame = MediaTools.Frame(video.Path, 1);
        MediaTools.Pixels(frame, new SKRectI(410, 14, 450, 26)).Average(c => c.Green - (c.Red + c.Blue) / 2.0)
            .Should().BeGreaterThan(120, "the green logo is watermarked at the top right");
    }

    [Fact]
    public async Task Without_drawing_or_trims_the_video_is_stream_copied_from_the_clips()
    {
        using var workspace = fixture.Media.Workspace();

        var video = await _composer.ComposeAsync(new CompositionRequest(Timeline, [new NarrationPlacement(fixture.Narration.Path, 2)]), workspace, null, default);

        var output = DecodedFrames(video.Path);
        var clips = fixture.Clips.SelectMany(c => DecodedFrames(c.Path)).ToList();
        output.Should().Equal(clips, "every frame decodes bit for bit as in the clips: a second (lossy) encode would change them");
        MediaTools.Probe(video.Path).Video.Profile.Should().Be("High");
        MediaTools.Probe(video.Path).DurationSeconds.Should().BeApproximately(6, 0.1);
    }

    [Fact]
    public async Task Trims_play_the_chosen_part_of_each_clip_and_the_length_follows_the_timeline()
    {
        using var workspace = fixture.Media.Workspace();
        TimelineClip[] timeline =
        [
            new(fixture.Clips[0].Path, TrimStartSeconds: 0.5, DurationSeconds: 1.0),
            new(fixture.Clips[1].Path),
            new(fixture.Clips[2].Path, DurationSeconds: 1.2),
        ];

        var video = await _composer.ComposeAsync(new CompositionRequest(timeline), workspace, null, default);

        var probed = MediaTools.Probe(video.Path);
        probed.DurationSeconds.Should().BeApproximately(4.2, 0.1);
        var frames = MediaTools.Run("ffprobe", "-v", "error", "-select_streams", "v", "-count_frames", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", video.Path);
        int.Parse(frames.Trim(), System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(126, 1);
        using var first = MediaTools.Frame(video.Path, 0);
        using var clipAtHalf = MediaTools.Frame(fixture.Clips[0].Path, 0.5);
        using var clipStart = MediaTools.Frame(fixture.Clips[0].Path, 0);
        MediaTools.MeanDifference(first, clipAtHalf).Should().BeLessThan(MediaTools.MeanDifference(first, clipStart), "the first clip starts 0.5 s in");
        using var second = MediaTools.Frame(video.Path, 1.5);
        using var secondClip = MediaTools.Frame(fixture.Clips[1].Path, 0.5);
        MediaTools.MeanDifference(second, secondClip).Should().BeLessThan(6, "the second clip follows right after the first one's 1 s");
    }

    [Fact]
    public async Task Burned_captions_are_drawn_into_the_picture_while_they_are_spoken()
    {
        using var workspace = fixture.Media.Workspace();
        var captions = await fixture.Media.Get<ICaptionWriter>().WriteAsync([new CaptionSegment("Fresh bread every morning", 0.5, 5.5)], workspace, default);

        var burned = await _composer.ComposeAsync(new CompositionRequest(Timeline, Captions: captions, BurnCaptions: true), workspace, null, default);
        var plain = await _composer.ComposeAsync(new CompositionRequest(Timeline), workspace, null, default);

        burned.CaptionsPath.Should().BeNull();
        using var withText = MediaTools.Frame(burned.Path, 3);
        using var withoutText = MediaTools.Frame(plain.Path, 3);
        var bottom = new SKRectI(60, 220, 420, 265);
        var top = new SKRectI(60, 10, 420, 60);
        Difference(withText, withoutText, bottom).Should().BeGreaterThan(Difference(withText, withoutText, top) + 8, "text is drawn at the bottom");
        using var before = MediaTools.Frame(burned.Path, 0.1);
        using var plainBefore = MediaTools.Frame(plain.Path, 0.1);
        Difference(before, plainBefore, bottom).Should().BeLessThan(5, "no caption is on screen before the first cue");
    }

    [Fact]
    public async Task Paths_with_spaces_quotes_colons_and_brackets_reach_ffmpeg_intact()
    {
        var root = Path.Combine(fixture.Media.Root, "it's a: [strange], place; really");
        using var strange = LocalMediaFixture.With(new Dictionary<string, string?> { ["Providers:Local:WorkspaceRoot"] = root });
        using var workspace = strange.Workspace();
        var clips = fixture.Clips.Select((c, i) => Copy(c.Path, workspace.NewFile("clip 'one'", ".mp4"))).ToList();
        var narration = Copy(fixture.Narration.Path, workspace.NewFile("voice", ".wav"));
        var captions = await strange.Get<ICaptionWriter>().WriteAsync([new CaptionSegment("Hello: it's [here], really; yes", 0.5, 3)], workspace, default);

        var video = await strange.Get<IVideoComposer>().ComposeAsync(new CompositionRequest([.. clips.Select(c => new TimelineClip(c, 0.2))],
            [new NarrationPlacement(narration, 1)], new MusicBed(Copy(fixture.Music, workspace.NewFile("music", ".wav"))),
            Copy(fixture.Logo, workspace.NewFile("logo", ".png")), captions, BurnCaptions: true), workspace, null, default);

        workspace.Path.Should().StartWith(root);
        MediaTools.Probe(video.Path).DurationSeconds.Should().BeApproximately(5.4, 0.1);
    }

    private static string Copy(string from, string to)
    {
        File.Copy(from, to);
        return to;
    }

    [Fact]
    public async Task Clips_in_different_formats_are_refused_with_a_reason()
    {
        using var workspace = fixture.Media.Workspace();
        var other = fixture.Media.Input("other.mp4");
        MediaTools.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi", "-i", "anullsrc", "-t", "1", "-pix_fmt", "yuv420p", other);

        var act = () => _composer.ComposeAsync(new CompositionRequest([.. Timeline, new TimelineClip(other)]), workspace, null, default);

        var failure = (await act.Should().ThrowAsync<MediaProcessingException>()).Which;
        failure.Code.Should().Be(MediaErrorCodes.InvalidRequest);
        failure.Message.Should().Contain("Clip 4").And.Contain("320x240");
    }

    private static List<string> DecodedFrames(string path) =>
        [.. MediaTools.Run("ffmpeg", "-v", "error", "-i", path, "-map", "0:v", "-f", "framemd5", "-")
            .Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',').Last().Trim())];

    private static double Difference(SKBitmap a, SKBitmap b, SKRectI area) =>
        MediaTools.Pixels(a, area).Zip(MediaTools.Pixels(b, area)).Average(p =>
            (Math.Abs(p.First.Red - p.Second.Red) + Math.Abs(p.First.Green - p.Second.Green) + Math.Abs(p.First.Blue - p.Second.Blue)) / 3.0);

    /// <summary>Whether the MP4's top-level <c>moov</c> box comes before its <c>mdat</c>.</summary>
    private static bool IsFastStart(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var boxes = new List<string>();
        for (long offset = 0; offset + 8 <= bytes.Length;)
        {
            var size = (long)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)offset));
            boxes.Add(System.Text.Encoding.ASCII.GetString(bytes, (int)offset + 4, 4));
            size = size == 1 ? (long)BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan((int)offset + 8)) : size;
            offset += size == 0 ? bytes.Length : size;
        }
        return boxes.IndexOf("moov") >= 0 && boxes.IndexOf("moov") < boxes.IndexOf("mdat");
    }
}
