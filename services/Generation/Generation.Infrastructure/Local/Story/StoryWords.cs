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
        Keywords = Phrases(promptWords);
        Subject = Keywords.Count > 0 ? "the " + Keywords[0] : Topic;
        StyleWord = string.IsNullOrWhiteSpace(request.Style) ? "cinematic" : request.Style.Trim().ToLowerInvariant();
        MoodWord = string.IsNullOrWhiteSpace(request.Mood) ? "uplifting" : request.Mood.Trim().ToLowerInvariant();
        Lighting = StoryVocabulary.MoodLighting.TryGetValue(MoodWord, out var lighting) ? lighting : StoryVocabulary.MoodLighting["neutral"];
        Brand = request.Brand?.Name?.Trim();
        Product = request.Brand?.ProductDescription?.Trim().TrimEnd('.');
    }

    /// <summary>The whole prompt (up to 12 words), lower case: for the overview and image prompts.</summary>
    public string Topic { get; }

    /// <summary>What the story is about in a few words (<c>the small bakery</c>): for narration, where the whole prompt is too long to say.</summary>
    public string Subject { get; }

    public string TitleTopic { get; }

    /// <summary>The prompt's runs of content words, at most two words each (<c>small bakery</c>, <c>dawn</c>, <c>old harbour</c>).</summary>
    public IReadOnlyList<string> Keywords { get; }

    public string StyleWord { get; }

    public string MoodWord { get; }

    public string Lighting { get; }

    public string? Brand { get; }

    public string? Product { get; }

    public bool HasBrand => !string.IsNullOrEmpty(Brand);

    public string Fill(string template, string keyword, string shot) => template
        .Replace("{topic}", Subject, StringComparison.Ordinal)
        .Replace("{keyword}", keyword, StringComparison.Ordinal)
        .Replace("{shot}", shot, StringComparison.Ordinal)
        .Replace("{mood}", MoodWord, StringComparison.Ordinal)
        .Replace("{brand}", Brand ?? "", StringComparison.Ordinal)
        .Replace("{product}", string.IsNullOrEmpty(Product) ? "what it makes" : Product.ToLowerInvariant(), StringComparison.Ordinal);

    private static List<string> Phrases(IEnumerable<string> words)
    {
        var phrases = new List<string>();
        var run = new List<string>();
        foreach (var word in words.Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c == '-')]).ToLowerInvariant()).Append(""))
        {
            if (word.Length > 1 && !StoryVocabulary.StopWords.Contains(word))
            {
                run.Add(word);
                continue;
            }
            if (run.Count > 0)
            {
                phrases.Add(string.Join(' ', run.Take(2)));
                run.Clear();
            }
        }
        return [.. phrases.Distinct()];
    }

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
