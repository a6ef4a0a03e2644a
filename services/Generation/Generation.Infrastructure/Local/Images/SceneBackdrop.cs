using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Images;

/// <summary>
/// The drawn part of a scene picture: one of five compositions (horizon, bokeh, rays, waves, shapes), chosen by the
/// scene's variation and shaped by its seeded random sequence, so scenes of one story look related but not alike.
/// </summary>
internal static class SceneBackdrop
{
    private const int Kinds = 5;

    /// <summary>Draws the backdrop; consecutive <paramref name="variation"/>s always get different compositions.</summary>
    public static void Draw(SKCanvas canvas, int width, int height, ScenePalette palette, int variation, int kindOffset, StableRandom random)
    {
        var kind = (((variation + kindOffset) % Kinds) + Kinds) % Kinds;
        var angle = random.Between(0, Math.PI / 3);
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(
                new SKPoint(width * (float)(0.5 - 0.5 * Math.Sin(angle)), 0),
                new SKPoint(width * (float)(0.5 + 0.5 * Math.Sin(angle)), height),
                [palette.SkyTop, palette.SkyBottom], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        switch (kind)
        {
            case 0: Horizon(canvas, width, height, palette, random); break;
            case 1: Bokeh(canvas, width, height, palette, random); break;
            case 2: Rays(canvas, width, height, palette, random); break;
            case 3: Waves(canvas, width, height, palette, random); break;
            default: Shapes(canvas, width, height, palette, random); break;
        }
    }

    private static void Horizon(SKCanvas canvas, int width, int height, ScenePalette palette, StableRandom random)
    {
        var sun = new SKPoint((float)random.Between(0.15, 0.85) * width, (float)random.Between(0.2, 0.45) * height);
        var radius = (float)random.Between(0.06, 0.12) * Math.Max(width, height);
        using (var glow = new SKPaint { IsAntialias = true })
        {
            glow.Shader = SKShader.CreateRadialGradient(sun, radius * 3, [palette.Highlight.WithAlpha(170), palette.Highlight.WithAlpha(0)], SKShaderTileMode.Clamp);
            canvas.DrawCircle(sun, radius * 3, glow);
            glow.Shader = null;
            glow.Color = palette.Highlight;
            canvas.DrawCircle(sun, radius, glow);
        }
        for (var layer = 0; layer < 3; layer++)
        {
            var baseline = height * (0.55f + 0.12f * layer);
            var points = new List<SKPoint> { new(0, height) };
            var peaks = 3 + random.Next(5);
            for (var p = 0; p <= peaks; p++)
            {
                points.Add(new SKPoint(width * p / (float)peaks, baseline - (float)random.Between(0.02, 0.22) * height));
            }
            points.Add(new SKPoint(width, height));
            using var path = Polygon(points);
            using var hill = new SKPaint { IsAntialias = true, Color = Blend(palette.Accent, palette.Ink, 0.25f + 0.3f * layer) };
            canvas.DrawPath(path, hill);
        }
    }

    private static void Bokeh(SKCanvas canvas, int width, int height, ScenePalette palette, StableRandom random)
    {
        var colors = palette.Colors;
        var count = 24 + random.Next(20);
        var shortSide = Math.Min(width, height);
        for (var i = 0; i < count; i++)
        {
            var radius = (float)random.Between(0.02, 0.14) * shortSide;
            using var paint = new SKPaint { IsAntialias = true, Color = colors[random.Next(colors.Length)].WithAlpha((byte)random.Between(50, 150)) };
            paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, radius * (float)random.Between(0.05, 0.35));
            canvas.DrawCircle((float)random.NextDouble() * width, (float)random.NextDouble() * height, radius, paint);
        }
    }

    private static void Rays(SKCanvas canvas, int width, int height, ScenePalette palette, StableRandom random)
    {
        var focus = new SKPoint((float)random.Between(0.2, 0.8) * width, (float)random.Between(0.1, 0.5) * height);
        var reach = (float)Math.Sqrt(width * width + height * height);
        var rays = 9 + random.Next(8);
        var start = random.Between(0, Math.PI * 2);
        for (var i = 0; i < rays; i++)
        {
            var a = start + i * Math.PI * 2 / rays;
            var spread = random.Between(0.04, 0.12);
            using var path = Polygon([
                focus,
                new SKPoint(focus.X + reach * (float)Math.Cos(a - spread), focus.Y + reach * (float)Math.Sin(a - spread)),
                new SKPoint(focus.X + reach * (float)Math.Cos(a + spread), focus.Y + reach * (float)Math.Sin(a + spread))]);
            using var ray = new SKPaint { IsAntialias = true };
            ray.Shader = SKShader.CreateRadialGradient(focus, reach * 0.8f, [palette.Highlight.WithAlpha(150), palette.Highlight.WithAlpha(0)], SKShaderTileMode.Clamp);
            canvas.DrawPath(path, ray);
        }
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Min(width, height) * 0.02f, Color = palette.Accent.WithAlpha(200) };
        canvas.DrawCircle(focus, Math.Min(width, height) * (float)random.Between(0.12, 0.25), ring);
    }

    private static void Waves(SKCanvas canvas, int width, int height, ScenePalette palette, StableRandom random)
    {
        var colors = palette.Colors;
        var bands = 4 + random.Next(3);
        for (var b = 0; b < bands; b++)
        {
            var baseline = height * (0.35f + 0.6f * b / bands);
            var amplitude = (float)random.Between(0.02, 0.08) * height;
            var frequency = random.Between(1, 3.5) * Math.PI * 2 / width;
            var phase = random.Between(0, Math.PI * 2);
            var points = new List<SKPoint> { new(0, height) };
            for (var x = 0; x <= width; x += Math.Max(2, width / 160))
            {
                points.Add(new SKPoint(x, baseline + amplitude * (float)Math.Sin(x * frequency + phase)));
            }
            points.Add(new SKPoint(width, height));
            using var path = Polygon(points);
            using var paint = new SKPaint { IsAntialias = true, Color = colors[(b + random.Next(2)) % colors.Length].WithAlpha((byte)random.Between(120, 220)) };
            canvas.DrawPath(path, paint);
        }
    }

    private static void Shapes(SKCanvas canvas, int width, int height, ScenePalette palette, StableRandom random)
    {
        var colors = palette.Colors;
        var count = 7 + random.Next(7);
        var shortSide = Math.Min(width, height);
        for (var i = 0; i < count; i++)
        {
            var size = (float)random.Between(0.1, 0.4) * shortSide;
            using var paint = new SKPaint { IsAntialias = true, Color = colors[random.Next(colors.Length)].WithAlpha((byte)random.Between(90, 210)) };
            canvas.Save();
            canvas.Translate((float)random.NextDouble() * width, (float)random.NextDouble() * height);
            canvas.RotateDegrees((float)random.Between(0, 360));
            if (random.Next(2) == 0)
            {
                canvas.DrawRoundRect(-size / 2, -size / 2, size, size * (float)random.Between(0.4, 1), size * 0.12f, size * 0.12f, paint);
            }
            else
            {
                using var triangle = Polygon([new SKPoint(0, -size / 2), new SKPoint(size / 2, size / 2), new SKPoint(-size / 2, size / 2)]);
                canvas.DrawPath(triangle, paint);
            }
            canvas.Restore();
        }
    }

    private static SKPath Polygon(IReadOnlyList<SKPoint> points)
    {
        using var builder = new SKPathBuilder();
        builder.AddPoly([.. points], true);
        return builder.Detach();
    }

    private static SKColor Blend(SKColor from, SKColor to, float amount) => new(
        (byte)(from.Red + (to.Red - from.Red) * amount),
        (byte)(from.Green + (to.Green - from.Green) * amount),
        (byte)(from.Blue + (to.Blue - from.Blue) * amount));
}
