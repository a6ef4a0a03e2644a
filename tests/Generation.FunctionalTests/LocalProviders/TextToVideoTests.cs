using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class TextToVideoTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    [Fact]
    public async Task A_prompt_becomes_a_narrated_multi_shot_video_of_the_asked_length_and_size()
    {
        using var workspace = media.Workspace();
        var reference = media.Input("reference.png");
        ImageGeneratorTests.Solid(reference, 200, 200, new SKColor(0, 0, 255));
        var reports = new List<MediaProgress>();

        var video = await media.Get<ITextToVideoGenerator>().GenerateAsync(
            new TextToVideoRequest("A paper boat sailing down a rainy city gutter", 4, 640, 360, reference), workspace, new SynchronousProgress(reports.Add), default);

        var probed = MediaTools.Probe(video.Path);
        probed.DurationSeconds.Should().BeApproximately(4, 0.1);
        (probed.Video.Codec, probed.Video.Width, probed.Video.Height, probed.Audio.Codec).Should().Be(("h264", 640.0, 360.0, "aac"));
        using var firstShot = MediaTools.Frame(video.Path, 0.8);
        using var secondShot = MediaTools.Frame(video.Path, 3.2);
        MediaTools.MeanDifference(firstShot, secondShot).Should().BeGreaterThan(12, "the video cuts between different shots");
        MediaTools.Pixels(firstShot).Count(c => c.Blue > 180 && c.Red < 80 && c.Green < 80).Should().BeGreaterThan(100, "the reference image is in the shot");
        MediaTools.RmsPerWindow(video.Path, 0.5).Max().Should().BeGreaterThan(0.03, "the shots are narrated");
        reports.Select(r => r.Percent).Should().BeInAscendingOrder();
        reports[^1].Percent.Should().Be(100);
    }
}
