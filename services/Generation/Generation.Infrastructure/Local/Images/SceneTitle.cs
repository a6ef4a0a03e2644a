using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Images;

/// <summary>Sets a scene title over a dark scrim at the bottom of the picture, wrapped to at most three lines, left- or right-aligned.</summary>
internal static class SceneTitle
{
    public static void Draw(SKCanvas canvas, string title, SKTypeface typeface, int width, int height, bool onLeft)
    {
        var shortSide = Math.Min(width, height);
        using var font = new SKFont(typeface, shortSide * 0.085f) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var margin = shortSide * 0.06f;
        var lines = Wrap(title, font, width - 2 * margin);
        var lineHeight = font.Size * 1.2f;
        var blockHeight = lines.Count * lineHeight;

        using (var scrim = new SKPaint())
        {
            var top = height - blockHeight - margin * 2.5f;
            scrim.Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, height),
                [SKColors.Black.WithAlpha(0), SKColors.Black.WithAlpha(170)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, top, width, height - top, scrim);
        }
        using var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(160) };
        using var ink = new SKPaint { IsAntialias = true, Color = SKColors.White };
        var align = onLeft ? SKTextAlign.Left : SKTextAlign.Right;
        var x = onLeft ? margin : width - margin;
        var y = height - margin - blockHeight + font.Size;
        foreach (var line in lines)
        {
            canvas.DrawText(line, x + font.Size * 0.05f, y + font.Size * 0.06f, align, font, shadow);
            canvas.DrawText(line, x, y, align, font, ink);
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
