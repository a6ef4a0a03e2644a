using AiVideo.Generation.Infrastructure.Local.Story;

namespace AiVideo.Generation.UnitTests;

public sealed class SceneDurationsTests
{
    [Theory]
    [InlineData(30, 6)]
    [InlineData(10, 10)]
    [InlineData(7.77, 3)]
    [InlineData(8, 1)]
    [InlineData(100, 7)]
    public void Durations_are_whole_tenths_except_a_remainder_on_the_last_and_sum_to_the_target(double target, int scenes)
    {
        var durations = SceneDurations.Split(target, scenes);

        durations.Sum().Should().BeApproximately(target, 1e-9);
        durations.Should().OnlyContain(d => d >= SceneDurations.MinimumSeconds);
        foreach (var duration in durations.Take(scenes - 1))
        {
            (duration * 10).Should().BeApproximately(Math.Round(duration * 10), 1e-9, "tenths are whole frames at 30 fps");
        }
    }
}
