namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class CaptionTimingTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public async Task Captions_are_on_screen_while_the_narration_is_heard()
    {
        using var workspace = fixture.Media.Workspace();
        var speech = fixture.Media.Get<ISpeechSynthesizer>();
        const string first = "Every loaf starts before dawn, shaped by hand in the warm kitchen.";
        const string second = "By seven the shelves are full.";
        var one = await speech.SpeakAsync(new SpeechRequest(first, 4), workspace, null, default);
        var two = await speech.SpeakAsync(new SpeechRequest(second, 2), workspace, null, default);
        var captions = await fixture.Media.Get<ICaptionWriter>().WriteAsync(
        [
            new CaptionSegment(first, one.SpeechStartSeconds, one.SpeechEndSeconds),
            new CaptionSegment(second, 4 + two.SpeechStartSeconds, 4 + two.SpeechEndSeconds),
        ], workspace, default);

        var video = await fixture.Media.Get<IVideoComposer>().ComposeAsync(new CompositionRequest(
            [.. fixture.Clips.Select(c => new TimelineClip(c.Path))],
            [new NarrationPlacement(one.Path, 0), new NarrationPlacement(two.Path, 4)], Captions: captions), workspace, null, default);

        captions.Cues.Should().HaveCountGreaterThan(2, "the first narration is longer than one caption line");
        var rms = MediaTools.RmsPerWindow(video.Path, 0.1);
        foreach (var cue in captions.Cues)
        {
            var heard = rms.Skip((int)Math.Ceiling(cue.StartSeconds * 10)).Take(Math.Max(1, (int)((cue.EndSeconds - cue.StartSeconds) * 10) - 1)).ToList();
            heard.Max().Should().BeGreaterThan(0.02, $"cue {cue.Index} '{cue.Text}' ({cue.StartSeconds}–{cue.EndSeconds} s) is shown while someone speaks");
        }
        var silentGap = rms.Skip((int)Math.Ceiling(captions.Cues.Last(c => c.StartSeconds < 4).EndSeconds * 10) + 1).TakeWhile((_, i) => i < 2).ToList();
        silentGap.Should().OnlyContain(level => level < 0.01, "between the two scenes' narrations no caption is shown and nothing is heard");
        File.ReadAllText(video.CaptionsPath!).Should().Contain(SubtitleTime(captions.Cues[0].StartSeconds));
    }

    private static string SubtitleTime(double seconds) => TimeSpan.FromSeconds(Math.Round(seconds, 3)).ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture);
}
