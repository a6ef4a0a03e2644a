using AiVideo.Generation.Infrastructure.Local.Captions;

namespace AiVideo.Generation.UnitTests;

public sealed class CaptionLayoutTests
{
    [Fact]
    public void Lines_stay_short_and_share_the_spoken_time_in_proportion_to_their_length()
    {
        const string text = "Every loaf starts before dawn, shaped by hand in the warm kitchen. By seven the shelves are full and the door opens.";

        var cues = CaptionLayout.Cues([new CaptionSegment(text, 2.0, 9.0)]);

        cues.Should().HaveCountGreaterThan(2);
        cues.Should().OnlyContain(c => c.Text.Length <= CaptionLayout.MaxLineLength);
        string.Join(' ', cues.Select(c => c.Text)).Should().Be(text);
        cues[0].StartSeconds.Should().Be(2.0);
        cues[^1].EndSeconds.Should().Be(9.0);
        cues.Zip(cues.Skip(1)).Should().OnlyContain(pair => pair.First.EndSeconds == pair.Second.StartSeconds, "lines follow each other without gaps or overlaps");
        cues.Should().OnlyContain(c => c.EndSeconds > c.StartSeconds);
        var perCharacter = cues.Select(c => (c.EndSeconds - c.StartSeconds) / (c.Text.Length + 1)).ToList();
        perCharacter.Max().Should().BeApproximately(perCharacter.Min(), 0.002);
        cues.Select(c => c.Index).Should().Equal(Enumerable.Range(1, cues.Count));
    }

    [Fact]
    public void A_line_ends_at_the_end_of_a_sentence_when_it_is_long_enough()
    {
        var lines = CaptionLayout.Lines("The harbour wakes up slowly today. Boats go out.");

        lines.Should().Equal("The harbour wakes up slowly today.", "Boats go out.");
    }

    [Fact]
    public void Segments_keep_their_own_windows_and_empty_ones_are_skipped()
    {
        var cues = CaptionLayout.Cues(
        [
            new CaptionSegment("Second scene.", 5.2, 6.8),
            new CaptionSegment("First scene.", 0.15, 1.9),
            new CaptionSegment("   ", 7, 8),
            new CaptionSegment("Backwards.", 9, 8),
        ]);

        cues.Select(c => (c.Index, c.StartSeconds, c.EndSeconds, c.Text)).Should().Equal((1, 0.15, 1.9, "First scene."), (2, 5.2, 6.8, "Second scene."));
    }

    [Fact]
    public void WebVtt_and_srt_are_written_in_their_own_time_formats()
    {
        CaptionCue[] cues = [new(1, 0.15, 2.5, "Fish & <chips>"), new(2, 3661.004, 3662, "Late.")];

        SubtitleFormats.WebVtt(cues).Should().Be("WEBVTT\n\n1\n00:00:00.150 --> 00:00:02.500\nFish &amp; &lt;chips&gt;\n\n2\n01:01:01.004 --> 01:01:02.000\nLate.\n\n");
        SubtitleFormats.Srt(cues).Should().Be("1\n00:00:00,150 --> 00:00:02,500\nFish & <chips>\n\n2\n01:01:01,004 --> 01:01:02,000\nLate.\n\n");
    }
}
