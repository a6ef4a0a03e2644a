using AiVideo.Generation.Infrastructure.Local.Clips;

namespace AiVideo.Generation.UnitTests;

public sealed class KenBurnsMotionTests
{
    [Fact]
    public void Neighbouring_scenes_move_differently_and_the_same_scene_moves_the_same()
    {
        var moves = Enumerable.Range(1, 7).Select(order => KenBurnsMotion.For(order, "harbour")).ToList();

        moves.Select(m => m.Kind).Should().OnlyHaveUniqueItems();
        KenBurnsMotion.For(3, "harbour").Should().Be(moves[2]);
    }

    [Fact]
    public void Zoom_stays_modest_and_the_view_stays_inside_the_picture()
    {
        foreach (var move in Enumerable.Range(-3, 40).Select(order => KenBurnsMotion.For(order, $"scene {order}")))
        {
            new[] { move.ZoomStart, move.ZoomEnd }.Should().OnlyContain(z => z >= 1 && z <= 1.3);
            new[] { move.StartX, move.StartY, move.EndX, move.EndY }.Should().OnlyContain(f => f >= 0 && f <= 1);
            (move.ZoomStart != move.ZoomEnd || move.StartX != move.EndX || move.StartY != move.EndY).Should().BeTrue("the camera moves");
            if (move.Kind.StartsWith("pan", StringComparison.Ordinal))
            {
                move.ZoomStart.Should().BeGreaterThan(1.1, "a pan needs room to travel");
            }
        }
    }

    [Fact]
    public void The_filter_is_expressed_in_output_frames_with_an_eased_move()
    {
        var filter = new KenBurnsMotion("zoom-in", 1, 1.2, 0.5, 0.5, 0.5, 0.5).ZoomPanFilter(90, 1280, 720);

        filter.Should().Be("zoompan=z='1+(0.2)*(0.5-0.5*cos(PI*min(on/89,1)))'"
            + ":x='(iw-iw/zoom)*(0.5+(0)*(0.5-0.5*cos(PI*min(on/89,1))))'"
            + ":y='(ih-ih/zoom)*(0.5+(0)*(0.5-0.5*cos(PI*min(on/89,1))))'"
            + ":d=90:s=1280x720:fps=30");
    }

    [Theory]
    [InlineData(5.3, 159)]
    [InlineData(0.01, 1)]
    [InlineData(1.0 / 3, 10)]
    public void Durations_round_to_whole_frames(double seconds, int frames)
    {
        ClipFormat.Frames(seconds).Should().Be(frames);
    }
}
