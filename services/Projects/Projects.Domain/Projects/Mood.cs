namespace AiVideo.Projects.Domain.Projects;

/// <summary>The mood a project's storyboard, palette and music aim for; generators know each of these by name.</summary>
public sealed record Mood
{
    public static readonly Mood Neutral = new("neutral");

    private Mood(string name) => Name = name;

    public static IReadOnlyList<Mood> All { get; } =
    [
        Neutral, new("uplifting"), new("calm"), new("energetic"), new("dramatic"), new("mysterious"), new("playful"), new("serious"),
    ];

    public string Name { get; }

    public static Mood? Find(string? name) => All.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Mood Parse(string name) => Find(name) ?? throw new FormatException($"'{name}' is not a mood.");

    public override string ToString() => Name;
}
