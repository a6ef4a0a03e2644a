namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// A voice narration is spoken in: its name is an espeak-ng voice (what the offline speech provider runs), its language
/// the BCP 47 tag cloud speech providers and caption tracks are given.
/// </summary>
public sealed record NarrationVoice
{
    public static readonly NarrationVoice EnglishUs = new("en-us", "en-US");

    private NarrationVoice(string name, string language)
    {
        Name = name;
        Language = language;
    }

    public static IReadOnlyList<NarrationVoice> All { get; } =
    [
        EnglishUs, new("en-gb", "en-GB"), new("de", "de-DE"), new("fr", "fr-FR"), new("es", "es-ES"), new("es-419", "es-419"), new("it", "it-IT"),
        new("pt", "pt-PT"), new("pt-br", "pt-BR"), new("nl", "nl-NL"), new("pl", "pl-PL"), new("sv", "sv-SE"),
    ];

    /// <summary>The espeak-ng voice, e.g. <c>en-us</c>.</summary>
    public string Name { get; }

    /// <summary>The BCP 47 language tag, e.g. <c>en-US</c>.</summary>
    public string Language { get; }

    public static NarrationVoice? Find(string? name) => All.FirstOrDefault(v => string.Equals(v.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static NarrationVoice Parse(string name) => Find(name) ?? throw new FormatException($"'{name}' is not a narration voice.");

    public override string ToString() => Name;
}
