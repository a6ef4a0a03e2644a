using System.Globalization;

namespace AiVideo.Generation.Application.Providers;

/// <summary>A frame size written <c>WIDTHxHEIGHT</c> (as OpenAI's video API does).</summary>
public readonly record struct VideoSize(int Width, int Height)
{
    public static bool TryParse(string? text, out VideoSize size)
    {
        size = default;
        var parts = text?.Trim().Split('x');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width <= 0 || height <= 0)
        {
            return false;
        }
        size = new VideoSize(width, height);
        return true;
    }

    public override string ToString() => $"{Width}x{Height}";
}
