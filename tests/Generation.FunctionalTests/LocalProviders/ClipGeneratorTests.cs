using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class ClipGeneratorTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    private readonly IClipGenerator _clips = media.Get<IClipGenerator>();
    private readonly IImageGenerator _images = media.Get<IImageGenerator>();

    [Theory]
    [InlineData("16:9", 360)]
    [InlineData("9:16", 360)]
    [InlineData("1:1", 360)]
    [InlineData("4:5", 360)]
    public async Task A_clip_is_in_the_one_normalised_format_at_the_requested_size(string ratio, int shortSide)
    {
        var (width, height) = AspectRatio.Parse(ratio).FrameSize(shortSide);
        using var workspace = media.Workspace();
        var image = await _images.GenerateAsync(new ImageRequest("Harbour at night", width, height, "Harbour"), workspace, null, default);

        var clip = await _clips.GenerateAsync(new ClipRequest(image.Path, 1.5, width, height), workspace, null, default);

        var probed = MediaTools.Probe(clip.Path);
        probed.Video.Codec.Should().Be("h264");
        probed.Video.Profile.Should().Be("High");
        probed.Video.PixelFormat.Should().Be("yuv420p");
        probed.Video.FrameRate.Should().Be("30/1");
        probed.Video.AverageFrameRate.Should().Be("30/1");
        probed.Video.TimeBase.Should().Be("1/15360");
        (probed.Video.Width, probed.Video.Height).Should().Be((width, height));
        probed.Video.DurationSeconds.Should().BeApproximately(1.5, 0.001);
        probed.Audio.Codec.Should().Be("aac");
        probed.Audio.SampleRate.Should().Be(48000);
        probed.Audio.Channels.Should().Be(2);
        probed.Audio.DurationSeconds.Should().BeApproximately(1.5, 0.03);
        clip.DurationSeconds.Should().Be(1.5);
        using var seed = SKBitmap.Decode(clip.SeedFramePath);
        (seed.Width, seed.Height).Should().Be((width, height));
    }

    [Fact]
    public async Task The_camera_moves_and_the_seed_frame_is_the_last_frame()
    {
        using var workspace = media.Workspace();
        var image = await _images.GenerateAsync(new ImageRequest("Mountain lake", 480, 270, "Lake", Variation: 1), workspace, null, default);

        var clip = await _clips.GenerateAsync(new ClipRequest(image.Path, 2, 480, 270, Variation: 1), workspace, null, default);

        using var first = MediaTools.Frame(clip.Path, 0);
        using var last = MediaTools.Frame(clip.Path, 1.95);
        using var seed = SKBitmap.Decode(clip.SeedFramePath);
        MediaTools.MeanDifference(first, last).Should().BeGreaterThan(4, "a Ken Burns move changes the view");
        MediaTools.MeanDifference(seed, last).Should().BeLessThan(4, "the seed frame is the clip's last frame");
        MediaTools.MeanDifference(seed, first).Should().BeGreaterThan(MediaTools.MeanDifference(seed, last));
    }

    [Fact]
    public async Task Clips_of_different_scenes_concatenate_by_stream_copy()
    {
        using var workspace = media.Workspace();
        var paths = new List<string>();
        foreach (var (order, seconds) in new[] { (1, 1.2), (2, 0.9), (3, 1.5) })
        {
            var image = await _images.GenerateAsync(new ImageRequest("Market street", 320, 180, $"Scene {order}", Variation: order), workspace, null, default);
            paths.Add((await _clips.GenerateAsync(new ClipRequest(image.Path, seconds, 320, 180, Variation: order), workspace, null, default)).Path);
        }
        var list = Path.Combine(workspace.Path, "list.txt");
        File.WriteAllLines(list, paths.Select(p => $"file '{p}'"));
        var joined = Path.Combine(workspace.Path, "joined.mp4");

        MediaTools.Run("ffmpeg", "-v", "error", "-f", "concat", "-safe", "0", "-i", list, "-map", "0:v", "-c", "copy", joined);

        var probed = MediaTools.Probe(joined);
        probed.Video.DurationSeconds.Should().BeApproximately(3.6, 0.001);
        var packets = MediaTools.Run("ffprobe", "-v", "error", "-select_streams", "v", "-count_packets", "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", joined);
        int.Parse(packets.Trim(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(108, "36 + 27 + 45 frames, every packet copied once");
        var copied = MediaTools.Run("ffmpeg", "-v", "error", "-i", joined, "-map", "0:v", "-f", "framemd5", "-");
        var originals = string.Concat(paths.Select(p => MediaTools.Run("ffmpeg", "-v", "error", "-i", p, "-map", "0:v", "-f", "framemd5", "-")));
        Hashes(copied).Should().Equal(Hashes(originals), "the joined video decodes frame for frame as the clips do");
    }

    [Fact]
    public async Task Clips_may_be_rendered_in_parallel_in_separate_workspaces()
    {
        var renders = Enumerable.Range(1, 3).Select(async order =>
        {
            using var workspace = media.Workspace();
            var image = await _images.GenerateAsync(new ImageRequest("Forest", 320, 180, "Forest", Variation: order), workspace, null, default);
            var clip = await _clips.GenerateAsync(new ClipRequest(image.Path, 1, 320, 180, Variation: order), workspace, null, default);
            return MediaTools.Probe(clip.Path).Video.DurationSeconds;
        });

        (await Task.WhenAll(renders)).Should().AllSatisfy(seconds => seconds.Should().BeApproximately(1, 0.001));
    }

    [Fact]
    public async Task Progress_is_reported_up_to_completion()
    {
        using var workspace = media.Workspace();
        var image = await _images.GenerateAsync(new ImageRequest("Desert", 320, 180), workspace, null, default);
        var reports = new List<MediaProgress>();

        await _clips.GenerateAsync(new ClipRequest(image.Path, 2, 320, 180), workspace, new SynchronousProgress(reports.Add), default);

        reports.Should().NotBeEmpty();
        reports.Should().OnlyContain(r => r.Stage == MediaStages.Clip);
        reports.Select(r => r.Percent).Should().BeInAscendingOrder();
        reports[^1].Percent.Should().Be(100);
    }

    private static List<string> Hashes(string framemd5) =>
        [.. framemd5.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',').Last().Trim())];
}
