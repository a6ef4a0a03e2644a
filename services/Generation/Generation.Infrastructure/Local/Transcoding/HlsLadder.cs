namespace AiVideo.Generation.Infrastructure.Local.Transcoding;

/// <summary>
/// Plans an HLS ladder: one variant per wanted short side (720p means a short side of 720 pixels, so portrait videos
/// get 720x1280), never larger than the source (a rung above it is lowered to the source's size; duplicates are
/// dropped), sizes even, bitrates by size.
/// </summary>
internal static class HlsLadder
{
    public static readonly IReadOnlyList<int> DefaultRenditions = [720, 360];

    public sealed record Rung(string Name, int Width, int Height, int VideoKbps, int AudioKbps);

    public static IReadOnlyList<Rung> Plan(int sourceWidth, int sourceHeight, IReadOnlyList<int>? shortSides = null)
    {
        var sourceShort = Math.Min(sourceWidth, sourceHeight);
        var landscape = sourceWidth >= sourceHeight;
        return (shortSides is { Count: > 0 } ? shortSides : DefaultRenditions)
            .Select(side => Even(Math.Min(side, sourceShort)))
            .Distinct()
            .OrderByDescending(side => side)
            .Select(side =>
            {
                var longSide = Even((double)side * Math.Max(sourceWidth, sourceHeight) / sourceShort);
                var (width, height) = landscape ? (longSide, side) : (side, longSide);
                return new Rung($"{side}p", width, height, VideoKbps(side), side >= 720 ? 128 : 96);
            })
            .ToList();
    }

    private static int VideoKbps(int shortSide) => shortSide switch
    {
        >= 1080 => 5000,
        >= 720 => 2800,
        >= 480 => 1400,
        >= 360 => 800,
        _ => 400,
    };

    private static int Even(double value) => Math.Max(2, (int)Math.Floor(value / 2) * 2);
}
