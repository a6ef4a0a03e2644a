namespace AiVideo.Projects.Domain.Projects;

/// <summary>How captions look: a named preset with the font size (at 720p), colour and position the composer draws them with.</summary>
public sealed record CaptionStyle
{
    public static readonly CaptionStyle Classic = new("classic", 36, "#FFFFFF", "bottom");

    private CaptionStyle(string name, int fontSize, string color, string position)
    {
        Name = name;
        FontSize = fontSize;
        Color = color;
        Position = position;
    }

    public static IReadOnlyList<CaptionStyle> All { get; } =
    [
        Classic, new("bold", 48, "#FFFF00", "bottom"), new("minimal", 28, "#FFFFFF", "bottom"), new("headline", 52, "#FFFFFF", "top"),
        new("centered", 40, "#FFFFFF", "center"),
    ];

    public string Name { get; }

    public int FontSize { get; }

    /// <summary>#RRGGBB.</summary>
    public string Color { get; }

    /// <summary><c>top</c>, <c>center</c> or <c>bottom</c>.</summary>
    public string Position { get; }

    public static CaptionStyle? Find(string? name) => All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static CaptionStyle Parse(string name) => Find(name) ?? throw new FormatException($"'{name}' is not a caption style.");

    public override string ToString() => Name;
}
