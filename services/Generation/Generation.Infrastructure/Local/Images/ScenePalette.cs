using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Images;

/// <summary>
/// The colours of one scene picture: a hue from the mood (or the brand's first colour), saturation and lightness shaped
/// by the style, an accent (the brand's second colour or a near-complement), and a small per-scene hue shift.
/// </summary>
internal sealed record ScenePalette(SKColor SkyTop, SKColor SkyBottom, SKColor Primary, SKColor Accent, SKColor Highlight, SKColor Ink)
{
    private static readonly Dictionary<string, (float Hue, float Saturation, float Lightness)> Moods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["calm"] = (205, 45, 55), ["serene"] = (175, 40, 60), ["energetic"] = (18, 85, 55), ["happy"] = (45, 85, 60),
        ["dramatic"] = (350, 70, 40), ["dark"] = (230, 35, 28), ["mysterious"] = (268, 50, 38), ["romantic"] = (335, 60, 60),
        ["inspiring"] = (32, 75, 58), ["nostalgic"] = (28, 40, 55), ["playful"] = (295, 70, 62), ["uplifting"] = (195, 65, 55),
    };

    private static readonly Dictionary<string, (float Saturation, float Lightness)> Styles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cinematic"] = (0.8f, -6), ["minimal"] = (0.45f, 15), ["neon"] = (1.3f, -12), ["vintage"] = (0.5f, 2),
        ["corporate"] = (0.7f, 4), ["watercolor"] = (0.6f, 18), ["anime"] = (1.2f, 6), ["photorealistic"] = (0.85f, 0),
        ["documentary"] = (0.6f, -2), ["playful"] = (1.15f, 8),
    };

    public static ScenePalette For(string? style, string? mood, IReadOnlyList<string>? brandColors, StableRandom random)
    {
        var (hue, saturation, lightness) = mood is not null && Moods.TryGetValue(mood.Trim(), out var m) ? m : Moods["uplifting"];
        var (saturationFactor, lightnessShift) = style is not null && Styles.TryGetValue(style.Trim(), out var s) ? s : Styles["cinematic"];
        saturation = Math.Clamp(saturation * saturationFactor, 5, 100);
        lightness = Math.Clamp(lightness + lightnessShift, 15, 85);
        hue = Wrap(hue + (float)random.Between(-14, 14));

        var brand = (brandColors ?? []).Select(ParseColor).OfType<SKColor>().ToList();
        var primary = brand.Count > 0 ? brand[0] : SKColor.FromHsl(hue, saturation, lightness);
        primary.ToHsl(out var primaryHue, out var primarySaturation, out var primaryLightness);
        var accent = brand.Count > 1
            ? brand[1]
            : SKColor.FromHsl(Wrap(primaryHue + (float)random.Between(150, 210)), Math.Clamp(primarySaturation, 35, 90), Math.Clamp(primaryLightness + 10, 35, 80));
        return new ScenePalette(
            SkyTop: SKColor.FromHsl(Wrap(primaryHue + 12), primarySaturation * 0.8f, Math.Clamp(primaryLightness * 0.45f, 8, 40)),
            SkyBottom: SKColor.FromHsl(Wrap(primaryHue - 12), primarySaturation, Math.Clamp(primaryLightness + 18, 30, 88)),
            Primary: primary,
            Accent: accent,
            Highlight: SKColor.FromHsl(Wrap(primaryHue + 40), Math.Min(primarySaturation, 60), 88),
            Ink: SKColor.FromHsl(primaryHue, Math.Min(primarySaturation, 50), 12));
    }

    /// <summary>A <c>#RRGGBB</c> or <c>#RGB</c> colour (the # optional); null when the text is not one.</summary>
    public static SKColor? ParseColor(string? text)
    {
        var hex = text?.Trim().TrimStart('#');
        if (hex is { Length: 3 })
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }
        return hex is { Length: 6 } && uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb)
            : null;
    }

    public SKColor[] Colors => [Primary, Accent, Highlight, SkyBottom];

    private static float Wrap(float hue) => ((hue % 360) + 360) % 360;
}
