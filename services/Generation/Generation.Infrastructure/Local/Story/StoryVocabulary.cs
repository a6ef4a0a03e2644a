namespace AiVideo.Generation.Infrastructure.Local.Story;

/// <summary>The words the template story writer builds titles, narration and image prompts from.</summary>
internal static class StoryVocabulary
{
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "onto",
        "about", "over", "under", "as", "is", "are", "was", "were", "be", "its", "it", "this", "that", "these", "those",
        "our", "your", "their", "my", "we", "you", "they", "make", "create", "show", "video", "about", "please", "some",
        "very", "just", "than", "then", "so", "up", "out", "who", "what", "where", "when", "how", "which", "while",
    };

    public static readonly string[] ShotTypes =
        ["establishing wide shot", "medium shot", "close-up", "overhead shot", "low-angle shot", "tracking shot", "detail macro shot", "over-the-shoulder shot"];

    public static readonly string[] MiddleTitles =
        ["First Glimpse", "Up Close", "In Motion", "The Details", "A New Angle", "The Heart of It", "Turning Point",
         "Rising Energy", "A Quiet Moment", "The Wider View", "The Reveal", "Momentum", "Behind the Scenes", "Side by Side",
         "The Craft", "Light and Shadow", "Together", "Looking Ahead"];

    public static readonly string[] OpeningSentences =
    [
        "Welcome to {topic}.",
        "Every story starts somewhere, and this one begins with {topic}.",
        "Take a breath and step into the world of {topic}.",
        "Here is {topic}, as you have never seen it before.",
    ];

    public static readonly string[] MiddleSentences =
    [
        "Look closer at the {keyword} and notice how every detail tells part of the story.",
        "The {keyword} moves with a rhythm of its own, {mood} and sure.",
        "From this angle, the {keyword} reveals something new.",
        "Light falls across the {keyword} and the whole scene changes.",
        "This is where {topic} really comes alive.",
        "Each moment builds on the last, drawing us further in.",
        "Small things matter here, and the {keyword} proves it.",
        "The pace shifts, and the {keyword} takes centre stage.",
        "There is a {mood} energy in the air around the {keyword}.",
        "Stay with it a little longer and the picture becomes clear.",
    ];

    public static readonly string[] BrandSentences =
    [
        "{brand} brings {product} to this moment.",
        "With {brand}, {product} fits right into the picture.",
        "This is what {brand} is made for.",
    ];

    public static readonly string[] ClosingSentences =
    [
        "And that is {topic}, one last look before we go.",
        "Remember this feeling, because {topic} stays with you.",
        "That is the story of {topic}, and it is only the beginning.",
        "Thank you for watching, and see you next time.",
    ];

    public static readonly string[] OpeningSummaries = ["Opens on {topic}, setting a {mood} tone.", "Introduces {topic} in a {mood} establishing view."];

    public static readonly string[] MiddleSummaries =
        ["Explores the {keyword} in a {shot}.", "Follows the {keyword} as the story builds.", "Shows the {keyword} from a new angle."];

    public static readonly string[] ClosingSummaries = ["Closes on {topic} with a lasting image.", "Brings {topic} to a {mood} finish."];

    public static readonly string[] Fillers = ["Look closer.", "Feel the moment.", "Every detail matters.", "Stay with it.", "Just watch."];

    public static readonly string[] BaseNegatives =
        ["blurry", "low resolution", "distorted proportions", "watermark", "garbled text", "extra limbs", "jpeg artifacts", "oversaturated"];

    /// <summary>Lighting words per mood (the default when the mood is unknown is the first entry's).</summary>
    public static readonly Dictionary<string, string> MoodLighting = new(StringComparer.OrdinalIgnoreCase)
    {
        ["neutral"] = "soft natural light",
        ["calm"] = "soft diffused morning light",
        ["serene"] = "gentle pastel light",
        ["energetic"] = "bright punchy light with strong contrast",
        ["happy"] = "warm golden sunlight",
        ["dramatic"] = "hard rim light and deep shadows",
        ["dark"] = "low-key moody light",
        ["mysterious"] = "hazy blue twilight with fog",
        ["romantic"] = "warm candle-like glow",
        ["inspiring"] = "sunrise light breaking through",
        ["nostalgic"] = "faded warm afternoon light",
        ["playful"] = "bright colourful light",
    };

    public static readonly Dictionary<string, string> StyleNegatives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["photorealistic"] = "cartoon, illustration, painting",
        ["cinematic"] = "flat lighting, amateur snapshot",
        ["anime"] = "photograph, 3d render",
        ["watercolor"] = "photograph, hard digital edges",
        ["minimal"] = "clutter, busy background",
        ["corporate"] = "grunge, chaotic composition",
        ["vintage"] = "modern digital look",
        ["neon"] = "daylight, washed-out colours",
    };

    public static string Framing(AspectRatio ratio) => ratio switch
    {
        { IsLandscape: true } => "wide 16:9 cinematic framing",
        { IsPortrait: true } when ratio == AspectRatio.Portrait => "vertical 9:16 framing for mobile, subject centred",
        { IsPortrait: true } => "vertical 4:5 social feed framing, subject centred",
        _ => "square 1:1 centred composition",
    };
}
