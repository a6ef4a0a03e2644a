using System.Text;

namespace AiVideo.Generation.Infrastructure.Local.Story;

/// <summary>
/// The offline story writer: a storyboard from templates, seeded by the request so the same request always gives the
/// same storyboard. Scenes share the target duration (<see cref="SceneDurations"/>); each narration has about
/// <see cref="WordsPerSecond"/> words per second of its scene; image prompts carry the style, mood, lighting, framing
/// for the aspect ratio, and the brand's name and product.
/// </summary>
internal sealed class LocalStoryWriter : IStoryWriter
{
    public const double WordsPerSecond = 2.5;
    public const int MaxScenes = 20;
    public const double MaxDurationSeconds = 900;
    public const int MaxPromptLength = 4000;

    public Task<Storyboard> WriteAsync(StoryRequest request, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var storyboard = Write(request);
        progress?.Report(new MediaProgress(MediaStages.Storyboard, 100));
        return Task.FromResult(storyboard);
    }

    public static Storyboard Write(StoryRequest request)
    {
        var ratio = Validate(request);
        var random = StableRandom.From(request.Prompt.Trim(), request.TargetDurationSeconds, request.SceneCount, ratio,
            request.Style, request.Mood, request.Brand?.Name, request.Brand?.ProductDescription);
        var words = new StoryWords(request);
        var durations = SceneDurations.Split(request.TargetDurationSeconds, request.SceneCount);
        var keywordOffset = random.Next(Math.Max(1, words.Keywords.Count));
        var titleOffset = random.Next(StoryVocabulary.MiddleTitles.Length);

        var scenes = new List<StoryScene>(request.SceneCount);
        for (var i = 0; i < request.SceneCount; i++)
        {
            var role = request.SceneCount == 1 ? SceneRole.Only : i == 0 ? SceneRole.Opening : i == request.SceneCount - 1 ? SceneRole.Closing : SceneRole.Middle;
            var keyword = words.Keywords.Count == 0 ? words.Topic : words.Keywords[(keywordOffset + i) % words.Keywords.Count];
            var shot = StoryVocabulary.ShotTypes[(i + random.Next(3)) % StoryVocabulary.ShotTypes.Length];
            var wordBudget = Math.Max(3, (int)Math.Round(durations[i] * WordsPerSecond));
            scenes.Add(new StoryScene(
                Order: i + 1,
                Title: SceneTitle(role, i, titleOffset, keyword),
                Summary: words.Fill(Summary(role, random), keyword, shot),
                Narration: Narration(role, wordBudget, keyword, shot, words, random),
                ImagePrompt: ImagePrompt(request, ratio, words, keyword, shot),
                NegativePrompt: NegativePrompt(request.Style),
                DurationSeconds: durations[i]));
        }

        var title = request.Brand?.Name is { Length: > 0 } brand ? $"{brand}: {words.TitleTopic}" : words.TitleTopic;
        var overview = $"A {request.TargetDurationSeconds:0.#}-second {words.StyleWord} {ratio} video about {words.Topic} in {request.SceneCount} "
            + $"scene{(request.SceneCount == 1 ? "" : "s")}, with a {words.MoodWord} mood"
            + (request.Brand?.Name is { Length: > 0 } name ? $", presented by {name}" : "") + ".";
        return new Storyboard(title, overview, scenes);
    }

    private static AspectRatio Validate(StoryRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Prompt) || request.Prompt.Length > MaxPromptLength)
        {
            throw MediaProcessingException.InvalidRequest($"The prompt is required and at most {MaxPromptLength} characters.");
        }
        if (request.SceneCount is < 1 or > MaxScenes)
        {
            throw MediaProcessingException.InvalidRequest($"A storyboard has 1 to {MaxScenes} scenes (asked for {request.SceneCount}).");
        }
        if (!(request.TargetDurationSeconds >= request.SceneCount * SceneDurations.MinimumSeconds) || request.TargetDurationSeconds > MaxDurationSeconds)
        {
            throw MediaProcessingException.InvalidRequest(
                $"The duration is at least {SceneDurations.MinimumSeconds:0.#} s per scene and at most {MaxDurationSeconds:0} s (asked for {request.TargetDurationSeconds} s for {request.SceneCount} scenes).");
        }
        return AspectRatio.Parse(request.AspectRatio);
    }

    private static string SceneTitle(SceneRole role, int index, int offset, string keyword) => role switch
    {
        SceneRole.Opening or SceneRole.Only => $"Opening: {StoryWords.Capitalise(keyword)}",
        SceneRole.Closing => $"Final Frame: {StoryWords.Capitalise(keyword)}",
        _ => $"{StoryVocabulary.MiddleTitles[(offset + index) % StoryVocabulary.MiddleTitles.Length]}: {StoryWords.Capitalise(keyword)}",
    };

    private static string Summary(SceneRole role, StableRandom random) => role switch
    {
        SceneRole.Opening or SceneRole.Only => random.Pick(StoryVocabulary.OpeningSummaries),
        SceneRole.Closing => random.Pick(StoryVocabulary.ClosingSummaries),
        _ => random.Pick(StoryVocabulary.MiddleSummaries),
    };

    /// <summary>
    /// Whole sentences that fit the word budget: the scene role's first, then the middle ones from a seeded start, then
    /// short fillers; a sentence that does not fit is passed over for a shorter one, so narration never ends mid-sentence.
    /// </summary>
    private static string Narration(SceneRole role, int wordBudget, string keyword, string shot, StoryWords words, StableRandom random)
    {
        var sentences = new List<string>();
        if (role is SceneRole.Opening or SceneRole.Only)
        {
            sentences.Add(random.Pick(StoryVocabulary.OpeningSentences));
        }
        if (words.HasBrand && role is SceneRole.Closing or SceneRole.Only)
        {
            sentences.Add(random.Pick(StoryVocabulary.BrandSentences));
        }
        if (role == SceneRole.Closing)
        {
            sentences.Add(random.Pick(StoryVocabulary.ClosingSentences));
        }
        var start = random.Next(StoryVocabulary.MiddleSentences.Length);
        for (var k = 0; k < StoryVocabulary.MiddleSentences.Length; k++)
        {
            sentences.Add(StoryVocabulary.MiddleSentences[(start + k) % StoryVocabulary.MiddleSentences.Length]);
        }
        var filler = random.Next(StoryVocabulary.Fillers.Length);
        sentences.AddRange(Enumerable.Range(0, StoryVocabulary.Fillers.Length * 2).Select(k => StoryVocabulary.Fillers[(filler + k) % StoryVocabulary.Fillers.Length]));

        var taken = new List<string>();
        foreach (var sentence in sentences.Select(s => words.Fill(s, keyword, shot).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (wordBudget - taken.Count < 2)
            {
                break;
            }
            if (sentence.Length <= wordBudget - taken.Count)
            {
                taken.AddRange(sentence);
            }
        }
        return taken.Count > 0 ? string.Join(' ', taken) : words.Fill(StoryVocabulary.Fillers[0], keyword, shot);
    }

    private static string ImagePrompt(StoryRequest request, AspectRatio ratio, StoryWords words, string keyword, string shot)
    {
        var prompt = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{StoryWords.Capitalise(words.StyleWord)} {shot} of {keyword}, part of {words.Topic}")
            .Append(CultureInfo.InvariantCulture, $", {words.MoodWord} mood, {words.Lighting}, {StoryVocabulary.Framing(ratio)}");
        if (request.Brand?.ProductDescription is { Length: > 0 } product)
        {
            prompt.Append(CultureInfo.InvariantCulture, $", featuring {product}");
        }
        if (request.Brand?.Colors is { Count: > 0 } colors)
        {
            prompt.Append(CultureInfo.InvariantCulture, $", brand colours {string.Join(" and ", colors)}");
        }
        if (request.Brand?.Name is { Length: > 0 } name)
        {
            prompt.Append(CultureInfo.InvariantCulture, $", in the visual identity of {name}");
        }
        return prompt.ToString();
    }

    private static string NegativePrompt(string? style) =>
        string.Join(", ", StoryVocabulary.BaseNegatives) + (style is not null && StoryVocabulary.StyleNegatives.TryGetValue(style.Trim(), out var extra) ? ", " + extra : "");

    private enum SceneRole { Only, Opening, Middle, Closing }
}
