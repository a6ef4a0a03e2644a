using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Images;

/// <summary>
/// Sets a scene title at the top left over a dark scrim, wrapped to at most three lines and kept inside the area every
/// Ken Burns move keeps in view (a tenth of the frame in from each edge), clear of the logo (top right) and of captions
/// (bottom).
/// </summary>
internal static class SceneTitle
{
    public const float SafeMargin = 0.1f;

    public static void Draw(SKCanvas canvas, string title, SKTypeface typeface, int width, int height)
    {
        using var font = new SKFont(typeface, Math.Min(width, height) * 0.075f) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var (left, top) = (width * SafeMargin, height * SafeMargin);
        var lines = Wrap(title, font, width * 0.62f);
        var lineHeight = font.Size * 1.2f;
        var bottom = top + lines.Count * lineHeight;

        using (var scrim = new SKPaint())
        {
            scrim.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, bottom + top),
                [SKColors.Black.WithAlpha(150), SKColors.Black.WithAlpha(0)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, bottom + top, scrim);
        }
        using var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(160) };
        using var ink = new SKPaint { IsAntialias = true, Color = SKColors.White };
        var y = top + font.Size;
        foreach (var line in lines)
        {
            canvas.DrawText(line, left + font.Size * 0.05f, y + font.Size * 0.06f, SKTextAlign.Left, font, shadow);
            canvas.DrawText(line, left, y, SKTextAlign.Left, font, ink);
            y += lineHeight;
        }
    }

    private static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        lines.Add(current);
        if (lines.Count > 3)
        {
            lines = [.. lines.Take(3)];
            lines[2] = lines[2].TrimEnd('.', ',') + "…";
        }
        return lines;
    }
}
