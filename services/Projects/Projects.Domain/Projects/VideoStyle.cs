namespace AiVideo.Projects.Domain.Projects;

/// <summary>The visual style a project's images and clips are made in; generators know each of these by name.</summary>
public sealed record VideoStyle
{
    public static readonly VideoStyle Cinematic = new("cinematic");

    private VideoStyle(string name) => Name = name;

    public static IReadOnlyList<VideoStyle> All { get; } =
    [
        Cinematic, new("documentary"), new("animation"), new("minimal"), new("corporate"), new("retro"), new("photorealistic"), new("watercolor"),
    ];

    public string Name { get; }

    public static VideoStyle? Find(string? name) => All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static VideoStyle Parse(string name) => Find(name) ?? throw new FormatException($"'{name}' is not a style.");

    public override string ToString() => Name;
}
