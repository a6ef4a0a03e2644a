using AiVideo.Generation.Infrastructure.Local.Speech;

namespace AiVideo.Generation.UnitTests;

public sealed class SpeechFittingTests
{
    [Fact]
    public void Speech_that_fits_keeps_the_natural_rate()
    {
        SpeechFitting.Rate(naturalSeconds: 3.9, windowSeconds: 4.6, baseRate: 175, maxRate: 400).Should().Be(175);
    }

    [Fact]
    public void Speech_that_is_too_long_is_sped_up_in_proportion_with_a_margin()
    {
        // 6 s of speech into 4.6 s: 175 * 6 / 4.6 = 228.3, with 4% margin 237.4 → 238.
        SpeechFitting.Rate(6, 4.6, 175, 400).Should().Be(238);
    }

    [Fact]
    public void The_rate_never_exceeds_the_maximum()
    {
        SpeechFitting.Rate(20, 4.6, 175, 400).Should().Be(400);
    }

    [Theory]
    [InlineData(5, 0.15, 0.25)]
    [InlineData(1, 0.05, 0.08)]
    public void Lead_in_and_tail_shrink_for_very_short_scenes(double target, double lead, double tail)
    {
        SpeechFitting.LeadIn(target).Should().BeApproximately(lead, 1e-9);
        SpeechFitting.Tail(target).Should().BeApproximately(tail, 1e-9);
        SpeechFitting.Window(target).Should().BeApproximately(target - lead - tail, 1e-9);
    }

    [Fact]
    public void Placed_audio_starts_after_the_lead_in_and_is_padded_to_the_exact_length()
    {
        var voice = new WaveAudio(1000, 1, [.. Enumerable.Repeat((short)5000, 300)]);

        var placed = voice.Place(leadFrames: 150, totalFrames: 2000);

        placed.Frames.Should().Be(2000);
        placed.DurationSeconds.Should().Be(2);
        placed.Audible().Should().Be((150, 449));
    }

    [Fact]
    public void A_cut_fades_out_instead_of_clicking()
    {
        var voice = new WaveAudio(1000, 2, [.. Enumerable.Repeat((short)10000, 2000)]);

        var cut = voice.Slice(0, 500, fadeFrames: 100);

        cut.Frames.Should().Be(500);
        cut.Samples[0].Should().Be(10000);
        cut.Samples[^1].Should().BeLessThan(200);
        cut.Samples.Skip(800).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Wave_files_round_trip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.wav");
        var audio = new WaveAudio(22050, 1, [1, -2, 300, -32768, 32767]);
        try
        {
            audio.Write(path);
            var read = WaveAudio.Read(path);

            (read.SampleRate, read.Channels).Should().Be((22050, 1));
            read.Samples.Should().Equal(audio.Samples);
            File.ReadAllBytes(path).Length.Should().Be(44 + 10);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_wave_is_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.wav");
        File.WriteAllText(path, "not audio at all");
        try
        {
            var act = () => WaveAudio.Read(path);

            act.Should().Throw<MediaProcessingException>().Which.Code.Should().Be(MediaErrorCodes.UnreadableInput);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
