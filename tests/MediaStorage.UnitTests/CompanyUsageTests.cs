using AiVideo.MediaStorage.Domain.Usage;

namespace AiVideo.MediaStorage.UnitTests;

public sealed class CompanyUsageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Uploads_under_way_count_against_the_quota_until_they_become_files_or_are_released()
    {
        var usage = CompanyUsage.Empty(Guid.NewGuid(), Now);

        usage.Reserve(600, Now);
        usage.Fits(400, 1000).Should().BeTrue();
        usage.Fits(401, 1000).Should().BeFalse();
        usage.Remaining(1000).Should().Be(400);

        usage.Commit(600, 600, Now);
        (usage.BytesUsed, usage.ReservedBytes, usage.FileCount).Should().Be((600L, 0L, 1));

        usage.Reserve(300, Now);
        usage.Release(300, Now);
        (usage.BytesUsed, usage.ReservedBytes, usage.FileCount).Should().Be((600L, 0L, 1));

        usage.Remove(600, Now);
        (usage.BytesUsed, usage.ReservedBytes, usage.FileCount).Should().Be((0L, 0L, 0));
        usage.Remaining(1000).Should().Be(1000);
    }

    [Fact]
    public void Nothing_goes_below_zero()
    {
        var usage = CompanyUsage.Empty(Guid.NewGuid(), Now);

        usage.Release(100, Now);
        usage.Remove(100, Now);

        (usage.BytesUsed, usage.ReservedBytes, usage.FileCount).Should().Be((0L, 0L, 0));
        usage.Remaining(50).Should().Be(50);
    }
}
