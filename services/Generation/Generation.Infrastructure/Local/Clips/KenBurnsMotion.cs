namespace AiVideo.Generation.Infrastructure.Local.Clips;

/// <summary>
/// A camera move over a still: zoom from <see cref="ZoomStart"/> to <see cref="ZoomEnd"/> while the centre of view travels
/// from (<see cref="StartX"/>, <see cref="StartY"/>) to (<see cref="EndX"/>, <see cref="EndY"/>) (fractions of the free
/// room), eased in and out. Chosen per scene from the variation, so neighbouring scenes move differently.
/// </summary>
internal sealed record KenBurnsMotion(string Kind, double ZoomStart, double ZoomEnd, double StartX, double StartY, double EndX, double EndY)
{
    private static readonly string[] Kinds = ["zoom-in", "pan-right", "zoom-out", "pan-left", "zoom-in-corner", "pan-up", "pan-down"];

    public static KenBurnsMotion For(int variation, string seedText)
    {
        var random = StableRandom.From(seedText, variation);
        var kind = Kinds[((variation % Kinds.Length) + Kinds.Length) % Kinds.Length];
        var zoom = random.Between(1.12, 1.22);
        var drift = random.Between(0.35, 0.65);
        return kind switch
        {
            "zoom-in" => new KenBurnsMotion(kind, 1.0, zoom, 0.5, 0.5, drift, random.Between(0.4, 0.6)),
            "zoom-out" => new KenBurnsMotion(kind, zoom, 1.0, drift, random.Between(0.4, 0.6), 0.5, 0.5),
            "pan-right" => new KenBurnsMotion(kind, zoom, zoom, 0.0, drift, 1.0, drift),
            "pan-left" => new KenBurnsMotion(kind, zoom, zoom, 1.0, drift, 0.0, drift),
            "pan-up" => new KenBurnsMotion(kind, zoom, zoom, drift, 1.0, drift, 0.0),
            "pan-down" => new KenBurnsMotion(kind, zoom, zoom, drift, 0.0, drift, 1.0),
            _ => new KenBurnsMotion(kind, 1.0, zoom + 0.05, 0.5, 0.5, random.Next(2), random.Next(2)),
        };
    }

    /// <summary>
    /// The zoompan filter for <paramref name="frames"/> output frames of <paramref name="width"/>x<paramref name="height"/>
    /// at 30 fps, expressed in the output frame number <c>on</c>, so the move is exact and smooth whatever the input size.
    /// </summary>
    public string ZoomPanFilter(int frames, int width, int height)
    {
        var last = Math.Max(1, frames - 1);
        var eased = $"(0.5-0.5*cos(PI*min(on/{last},1)))";
        return "zoompan="
            + $"z='{Number(ZoomStart)}+({Number(ZoomEnd - ZoomStart)})*{eased}'"
            + $":x='(iw-iw/zoom)*({Number(StartX)}+({Number(EndX - StartX)})*{eased})'"
            + $":y='(ih-ih/zoom)*({Number(StartY)}+({Number(EndY - StartY)})*{eased})'"
            + $":d={frames}:s={width}x{height}:fps={ClipFormat.FramesPerSecond}";
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
