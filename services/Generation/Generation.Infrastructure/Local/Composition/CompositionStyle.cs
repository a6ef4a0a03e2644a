using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Composition;

/// <summary>How the final pass encodes video and draws burned-in captions (font, size, colour, position as an ASS style for libass).</summary>
internal sealed record CompositionStyle(IReadOnlyList<string> VideoEncoding, string FontFolder, string FontFamily, CaptionStyle Captions)
{
    /// <summary>libass lays SRT captions out on a 288-line script, whatever the video's height.</summary>
    private const int ScriptHeight = 288;

    public static CompositionStyle For(CompositionRequest request, LocalMediaOptions options)
    {
        var captions = request.CaptionStyle ?? new CaptionStyle();
        var fontPath = captions.FontPath ?? options.FontPath;
        using var typeface = File.Exists(fontPath) ? SKTypeface.FromFile(fontPath) : null;
        if (typeface is null)
        {
            throw MediaProcessingException.InvalidRequest($"The caption font '{Path.GetFileName(fontPath)}' is missing or not a font.");
        }
        return new CompositionStyle([.. Clips.ClipFormat.VideoEncoding(options)], Path.GetDirectoryName(Path.GetFullPath(fontPath))!, typeface.FamilyName, captions);
    }

    /// <summary>The <c>force_style</c> of the subtitles filter for a <paramref name="width"/>x<paramref name="height"/> video (default size: 6% of its short side).</summary>
    public string AssStyle(int width, int height)
    {
        var pixels = Captions.FontSize ?? (int)Math.Round(Math.Min(width, height) * 0.06);
        var size = Math.Max(6, (int)Math.Round(pixels * (double)ScriptHeight / height));
        var color = Images.ScenePalette.ParseColor(Captions.Color) ?? SKColors.White;
        var alignment = Captions.Position?.Trim().ToLowerInvariant() switch
        {
            "top" => 8,
            "middle" or "center" or "centre" => 5,
            _ => 2,
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"FontName={FontFamily},FontSize={size},PrimaryColour=&H00{color.Blue:X2}{color.Green:X2}{color.Red:X2},OutlineColour=&H80000000,BorderStyle=1,Outline=1.5,Shadow=0.5,Alignment={alignment},MarginV=18");
    }
}
