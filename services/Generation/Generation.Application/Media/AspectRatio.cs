namespace AiVideo.Generation.Application.Media;

/// <summary>A frame shape the platform renders: 16:9, 9:16, 1:1 or 4:5.</summary>
public readonly record struct AspectRatio(int Width, int Height)
{
    public static readonly AspectRatio Landscape = new(16, 9);
    public static readonly AspectRatio Portrait = new(9, 16);
    public static readonly AspectRatio Square = new(1, 1);
    public static readonly AspectRatio Feed = new(4, 5);

    public static IReadOnlyList<AspectRatio> Supported { get; } = [Landscape, Portrait, Square, Feed];

    public bool IsPortrait => Height > Width;

    public bool IsLandscape => Width > Height;

    public static bool TryParse(string? text, out AspectRatio ratio)
    {
        ratio = Supported.FirstOrDefault(r => r.ToString() == text?.Trim());
        return ratio != default;
    }

    public static AspectRatio Parse(string text) => TryParse(text, out var ratio)
        ? ratio
        : throw MediaProcessingException.InvalidRequest($"Aspect ratio '{text}' is not one of {string.Join(", ", Supported)}.");

    /// <summary>The supported ratio closest to a frame size (1792x1024 → 16:9).</summary>
    public static AspectRatio Nearest(int width, int height) =>
        Supported.MinBy(r => Math.Abs(Math.Log((double)width / height) - Math.Log((double)r.Width / r.Height)));

    /// <summary>The frame size of this shape whose short side is <paramref name="shortSide"/>, both even (16:9 at 720 → 1280x720).</summary>
    public (int Width, int Height) FrameSize(int shortSide)
    {
        var even = Even(shortSide);
        var longSide = Even((double)even * Math.Max(Width, Height) / Math.Min(Width, Height));
        return IsPortrait ? (even, longSide) : (longSide, even);
    }

    public override string ToString() => $"{Width}:{Height}";

    private static int Even(double value) => (int)Math.Round(value / 2) * 2;
}
