namespace AiVideo.Generation.Infrastructure.Local.Story;

/// <summary>The words of one story request the templates are filled with: topic, keywords, style, mood, lighting, brand.</summary>
internal sealed class StoryWords
{
    public StoryWords(StoryRequest request)
    {
        var prompt = request.Prompt.Trim().TrimEnd('.', '!', '?');
        var promptWords = prompt.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        Topic = string.Join(' ', promptWords.Take(12)).ToLowerInvariant();
        TitleTopic = string.Join(' ', promptWords.Take(6).Select(Capitalise));
        Keywords = promptWords
            .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c == '-')]).ToLowerInvariant())
            .Where(w => w.Length > 2 && !StoryVocabulary.StopWords.Contains(w))
            .Distinct()
            .ToList();
        StyleWord = string.IsNullOrWhiteSpace(request.Style) ? "cinematic" : request.Style.Trim().ToLowerInvariant();
        MoodWord = string.IsNullOrWhiteSpace(request.Mood) ? "uplifting" : request.Mood.Trim().ToLowerInvariant();
        Lighting = StoryVocabulary.MoodLighting.TryGetValue(MoodWord, out var lighting) ? lighting : StoryVocabulary.MoodLighting["neutral"];
        Brand = request.Brand?.Name?.Trim();
        Product = request.Brand?.ProductDescription?.Trim().TrimEnd('.');
    }

    public string Topic { get; }

    public string TitleTopic { get; }

    public IReadOnlyList<string> Keywords { get; }

    public string StyleWord { get; }

    public string MoodWord { get; }

    public string Lighting { get; }

    public string? Brand { get; }

    public string? Product { get; }

    public bool HasBrand => !string.IsNullOrEmpty(Brand);

    public string Fill(string template, string keyword, string shot) => template
        .Replace("{topic}", Topic, StringComparison.Ordinal)
        .Replace("{keyword}", keyword, StringComparison.Ordinal)
        .Replace("{shot}", shot, StringComparison.Ordinal)
        .Replace("{mood}", MoodWord, StringComparison.Ordinal)
        .Replace("{brand}", Brand ?? "", StringComparison.Ordinal)
        .Replace("{product}", string.IsNullOrEmpty(Product) ? "what it makes" : Product.ToLowerInvariant(), StringComparison.Ordinal);

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
