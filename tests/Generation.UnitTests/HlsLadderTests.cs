using AiVideo.Generation.Infrastructure.Local.Transcoding;

namespace AiVideo.Generation.UnitTests;

public sealed class HlsLadderTests
{
    [Fact]
    public void A_1080p_source_gets_720p_and_360p()
    {
        HlsLadder.Plan(1920, 1080).Should().Equal(
            new HlsLadder.Rung("720p", 1280, 720, 2800, 128),
            new HlsLadder.Rung("360p", 640, 360, 800, 96));
    }

    [Fact]
    public void A_rung_above_the_source_is_lowered_to_it_never_raised()
    {
        HlsLadder.Plan(854, 480).Select(r => (r.Name, r.Width, r.Height)).Should().Equal(("480p", 854, 480), ("360p", 640, 360));
        HlsLadder.Plan(320, 180).Select(r => (r.Name, r.Width, r.Height)).Should().Equal(("180p", 320, 180));
    }

    [Fact]
    public void Portrait_videos_keep_their_shape_by_the_short_side()
    {
        HlsLadder.Plan(1080, 1920).Select(r => (r.Width, r.Height)).Should().Equal((720, 1280), (360, 640));
    }

    [Fact]
    public void Odd_sizes_become_even_and_custom_ladders_are_ordered_from_the_top()
    {
        HlsLadder.Plan(1281, 721, [240, 1080, 720]).Select(r => (r.Name, r.Width, r.Height)).Should().Equal(
            ("720p", 1278, 720), ("240p", 426, 240));
    }
}
