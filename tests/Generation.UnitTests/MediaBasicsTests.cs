using AiVideo.Generation.Infrastructure.Local.Images;
using AiVideo.Generation.Infrastructure.Local.Processes;
using SkiaSharp;

namespace AiVideo.Generation.UnitTests;

public sealed class MediaBasicsTests
{
    [Theory]
    [InlineData("16:9", 720, 1280, 720)]
    [InlineData("9:16", 720, 720, 1280)]
    [InlineData("1:1", 720, 720, 720)]
    [InlineData("4:5", 720, 720, 900)]
    [InlineData("4:5", 431, 432, 540)]
    public void Aspect_ratios_give_even_frame_sizes(string ratio, int shortSide, int width, int height)
    {
        AspectRatio.Parse(ratio).FrameSize(shortSide).Should().Be((width, height));
    }

    [Theory]
    [InlineData(1792, 1024, "16:9")]
    [InlineData(1024, 1792, "9:16")]
    [InlineData(1000, 1010, "1:1")]
    [InlineData(1080, 1350, "4:5")]
    public void The_nearest_aspect_ratio_of_a_size_is_found(int width, int height, string ratio)
    {
        AspectRatio.Nearest(width, height).ToString().Should().Be(ratio);
    }

    [Theory]
    [InlineData("out_time_us=2500000", 5, 50.0)]
    [InlineData("out_time_us=9000000", 5, 99.9)]
    [InlineData("out_time_us=N/A", 5, null)]
    [InlineData("frame=12", 5, null)]
    [InlineData("progress=end", 5, 100.0)]
    public void Ffmpeg_progress_lines_become_percentages(string line, double expected, double? percent)
    {
        FfmpegProgress.Percent(line, expected).Should().Be(percent);
    }

    [Fact]
    public void Progress_of_a_step_maps_into_its_slice_of_the_whole()
    {
        var reports = new List<MediaProgress>();
        var slice = new ProgressRange(new Recorder(reports), 80, 100);

        slice.Report(new MediaProgress("compose", 50));
        slice.Report(new MediaProgress("compose", 150));

        reports.Should().Equal(new MediaProgress("compose", 90), new MediaProgress("compose", 100));
    }

    [Fact]
    public void A_workspace_hands_out_distinct_names_and_is_removed_with_its_content()
    {
        var root = Path.Combine(Path.GetTempPath(), $"ws-{Guid.NewGuid():N}");
        var workspace = MediaWorkspace.Create(root, "job 1/../x");

        var names = Enumerable.Range(0, 100).AsParallel().Select(_ => workspace.NewFile("clip", ".mp4")).ToList();
        File.WriteAllText(names[0], "x");
        Directory.CreateDirectory(Path.Combine(workspace.NewFolder("hls"), "720p"));

        names.Should().OnlyHaveUniqueItems().And.OnlyContain(n => Path.GetDirectoryName(n) == workspace.Path);
        Path.GetFileName(workspace.Path).Should().StartWith("job-1----x-");
        workspace.Dispose();
        workspace.Dispose();
        Directory.Exists(workspace.Path).Should().BeFalse();
        Directory.Delete(root);
    }

    [Fact]
    public void Brand_colours_become_the_palette_and_bad_ones_are_ignored()
    {
        var palette = ScenePalette.For("cinematic", "calm", ["#C8553D", "nonsense", "#F2D0A4"], new AiVideo.Generation.Infrastructure.Local.StableRandom(1));

        palette.Primary.Should().Be(new SKColor(0xC8, 0x55, 0x3D));
        palette.Accent.Should().Be(new SKColor(0xF2, 0xD0, 0xA4));
        ScenePalette.ParseColor("#abc").Should().Be(new SKColor(0xAA, 0xBB, 0xCC));
        ScenePalette.ParseColor("red").Should().BeNull();
    }

    [Fact]
    public void Moods_without_brand_colours_give_their_own_hues()
    {
        ScenePalette.For(null, "calm", null, new AiVideo.Generation.Infrastructure.Local.StableRandom(7)).Primary.ToHsl(out var calm, out _, out _);
        ScenePalette.For(null, "energetic", null, new AiVideo.Generation.Infrastructure.Local.StableRandom(7)).Primary.ToHsl(out var energetic, out _, out _);

        calm.Should().BeInRange(185, 225, "calm is blue");
        energetic.Should().BeInRange(0, 40, "energetic is orange");
    }

    [Fact]
    public void Stable_random_sequences_depend_only_on_their_seed_text()
    {
        var a = AiVideo.Generation.Infrastructure.Local.StableRandom.From("harbour", 3);
        var b = AiVideo.Generation.Infrastructure.Local.StableRandom.From("harbour", 3);
        var c = AiVideo.Generation.Infrastructure.Local.StableRandom.From("harbour", 4);

        Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).Should().Equal(Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        a.NextUInt64().Should().NotBe(c.NextUInt64());
        AiVideo.Generation.Infrastructure.Local.StableRandom.Hash("a").Should().Be(0xAF63DC4C8601EC8CUL, "FNV-1a, the same on every machine");
    }

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(4, 2)]
    [InlineData(8, 2)]
    [InlineData(12, 3)]
    [InlineData(30, 8)]
    public void Text_to_video_gets_a_shot_per_about_four_seconds(double seconds, int shots)
    {
        LocalTextToVideoGenerator.Shots(seconds).Should().Be(shots);
    }

    [Fact]
    public void Commands_are_logged_as_a_person_would_type_them()
    {
        new ToolInvocation("/usr/bin/ffmpeg", ["-i", "/w/a b.mp4", "-vf", "scale='min(1280,iw)':-2", "-y"], TimeSpan.FromSeconds(1)).CommandLine
            .Should().Be("/usr/bin/ffmpeg -i '/w/a b.mp4' -vf 'scale='\\''min(1280,iw)'\\'':-2' -y");
    }

    private sealed class Recorder(List<MediaProgress> reports) : IProgress<MediaProgress>
    {
        public void Report(MediaProgress value) => reports.Add(value);
    }
}
