using AiVideo.Generation.Domain.Jobs;

namespace AiVideo.Generation.UnitTests;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(6, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 30)]
    [InlineData(5, 30)]
    public void The_wait_doubles_with_each_retry_up_to_the_cap_and_jitter_keeps_it_between_half_and_all_of_it(int attempt, double fullSeconds)
    {
        Policy.DelayAfter(attempt, 0).Should().Be(TimeSpan.FromSeconds(fullSeconds / 2));
        Policy.DelayAfter(attempt, 0.5).Should().Be(TimeSpan.FromSeconds(fullSeconds * 0.75));
        Policy.DelayAfter(attempt, 0.999999).TotalSeconds.Should().BeApproximately(fullSeconds, 0.001);
    }

    [Fact]
    public void Jobs_that_failed_together_come_back_spread_out()
    {
        var random = new Random(7);

        var delays = Enumerable.Range(0, 50).Select(_ => Policy.DelayAfter(2, random.NextDouble()).TotalSeconds).ToList();

        delays.Should().OnlyContain(d => d >= 5 && d < 10);
        delays.Distinct().Should().HaveCountGreaterThan(45);
        (delays.Max() - delays.Min()).Should().BeGreaterThan(3);
    }

    [Fact]
    public void Out_of_range_inputs_stay_within_the_policy()
    {
        Policy.DelayAfter(0, -1).Should().Be(TimeSpan.FromSeconds(2.5));
        Policy.DelayAfter(1000, 2).Should().Be(TimeSpan.FromSeconds(30));
    }
}
