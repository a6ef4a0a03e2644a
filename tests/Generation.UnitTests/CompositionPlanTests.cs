using AiVideo.Generation.Infrastructure.Local.Composition;

namespace AiVideo.Generation.UnitTests;

public sealed class CompositionPlanTests
{
    private static readonly MediaInfo Clip = new("mov,mp4,m4a,3gp,3g2,mj2", 2.0,
        new VideoStreamInfo("h264", "High", "yuv420p", 640, 360, 30, 2.0), new AudioStreamInfo("aac", 48000, 2, 2.0));

    private static readonly CompositionStyle Style = new(["-c:v", "libx264"], "/fonts", "DejaVu Sans", new CaptionStyle());

    private static CompositionPlan Plan(CompositionRequest request) =>
        CompositionPlan.Create(request, [.. request.Clips.Select(_ => Clip)], Style, "/w/list.ffconcat", "/w/final.mp4");

    [Fact]
    public void Untrimmed_clips_without_drawing_are_stream_copied_and_the_audio_is_mixed_once()
    {
        var plan = Plan(new CompositionRequest([new("/w/a.mp4"), new("/w/b.mp4")], [new NarrationPlacement("/w/n1.wav", 0), new NarrationPlacement("/w/n2.wav", 2)]));

        plan.CopiesVideo.Should().BeTrue();
        plan.DurationSeconds.Should().Be(4);
        plan.ConcatList.Should().Be("ffconcat version 1.0\nfile '/w/a.mp4'\nfile '/w/b.mp4'\n");
        string.Join(' ', plan.Arguments).Should().Contain("-map 0:v -c:v copy").And.Contain("-c:a aac").And.Contain("-t 4 -movflags +faststart /w/final.mp4");
        Graph(plan).Should().Contain("adelay=delays=2000:all=1").And.Contain("amix=inputs=2:normalize=0").And.NotContain("sidechaincompress");
    }

    [Fact]
    public void Trims_become_in_and_out_points_and_force_one_encode()
    {
        var plan = Plan(new CompositionRequest([new("/w/a.mp4", 0.5, 1.0), new("/w/b.mp4"), new("/w/it's.mp4", DurationSeconds: 1.2)]));

        plan.CopiesVideo.Should().BeFalse();
        plan.DurationSeconds.Should().BeApproximately(4.2, 1e-9);
        plan.Segments.Select(s => s.Offset).Should().Equal(0, 1.0, 3.0);
        plan.ConcatList.Should().Be("ffconcat version 1.0\nfile '/w/a.mp4'\ninpoint 0.5\noutpoint 1.5\nfile '/w/b.mp4'\nfile '/w/it'\\''s.mp4'\ninpoint 0\noutpoint 1.2\n");
        Graph(plan).Should().StartWith("[0:v]select=concatdec_select");
        plan.Arguments.Should().Contain("-copyts");
        string.Join(' ', plan.Arguments).Should().Contain("-map [vout] -c:v libx264");
    }

    [Fact]
    public void Music_is_looped_and_ducked_under_the_narration()
    {
        var plan = Plan(new CompositionRequest([new("/w/a.mp4")], [new NarrationPlacement("/w/n.wav", 0)], new MusicBed("/w/m.mp3", 0.25)));

        string.Join(' ', plan.Arguments).Should().Contain("-stream_loop -1 -i /w/m.mp3");
        Graph(plan).Should().Contain("volume=0.25[music]")
            .And.Contain("[voice]apad,asplit=2[voicemix][voicekey]")
            .And.Contain("[music][voicekey]sidechaincompress=")
            .And.Contain("[bed][voicemix][ducked]amix=inputs=3:normalize=0:duration=first[mixed]")
            .And.Contain("apad[aout]");
    }

    [Fact]
    public void A_watermark_and_burned_captions_are_drawn_in_the_one_encode()
    {
        var captions = new CaptionTrack("/w/c.vtt", "/w/c.srt", []);

        var plan = Plan(new CompositionRequest([new("/w/a.mp4")], WatermarkPath: "/w/logo.png", Captions: captions, BurnCaptions: true));

        plan.CopiesVideo.Should().BeFalse();
        Graph(plan).Should().Contain("[1:v]format=rgba,scale=76:-1,colorchannelmixer=aa=0.85[mark]")
            .And.Contain("overlay=x=main_w-overlay_w-14:y=14[marked]")
            .And.Contain("[marked]subtitles=filename=/w/c.srt:fontsdir=/fonts:force_style=FontName=DejaVu Sans\\,FontSize=18\\,")
            .And.Contain("[captioned]format=yuv420p[vout]");
    }

    [Fact]
    public void A_trim_outside_the_clip_is_refused()
    {
        var act = () => Plan(new CompositionRequest([new("/w/a.mp4", 1.5, 1.0)]));

        act.Should().Throw<MediaProcessingException>().Which.Message.Should().Contain("Clip 1 lasts 2 s");
    }

    [Fact]
    public void Narration_outside_the_timeline_and_odd_music_volumes_are_refused()
    {
        var late = () => Plan(new CompositionRequest([new("/w/a.mp4")], [new NarrationPlacement("/w/n.wav", 2)]));
        var early = () => Plan(new CompositionRequest([new("/w/a.mp4")], [new NarrationPlacement("/w/n.wav", -0.1)]));
        var loud = () => Plan(new CompositionRequest([new("/w/a.mp4")], Music: new MusicBed("/w/m.mp3", -1)));

        late.Should().Throw<MediaProcessingException>().Which.Message.Should().Contain("outside the 2 s timeline");
        early.Should().Throw<MediaProcessingException>().Which.Code.Should().Be(MediaErrorCodes.InvalidRequest);
        loud.Should().Throw<MediaProcessingException>().Which.Message.Should().Contain("Music volume");
    }

    [Fact]
    public void Filter_values_are_escaped_for_both_parsers()
    {
        FilterText.OptionValue("/tmp/a:b/it's [x],y;z.srt").Should().Be(@"/tmp/a\\:b/it\\\'s \[x\]\,y\;z.srt");
        FilterText.ConcatPath("/w/it's.mp4").Should().Be("'/w/it'\\''s.mp4'");
    }

    private static string Graph(CompositionPlan plan) => plan.Arguments[plan.Arguments.ToList().IndexOf("-filter_complex") + 1];
}
