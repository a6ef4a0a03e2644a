using AiVideo.Generation.Infrastructure.Local.Story;

namespace AiVideo.Generation.UnitTests;

public sealed class StoryWriterTests
{
    private static readonly StoryRequest Bakery = new("A small bakery opening at dawn in an old harbour town", 30, 6, "16:9", "cinematic", "calm",
        new BrandKit("Harbour Bakery", ["#C8553D"], "Sourdough bread"));

    [Fact]
    public void The_same_request_writes_the_same_storyboard()
    {
        var first = LocalStoryWriter.Write(Bakery);
        var second = LocalStoryWriter.Write(Bakery with { Brand = Bakery.Brand! with { Colors = ["#C8553D"] } });

        second.Title.Should().Be(first.Title);
        second.Overview.Should().Be(first.Overview);
        second.Scenes.Should().Equal(first.Scenes);
    }

    [Fact]
    public void Another_prompt_writes_another_storyboard()
    {
        var bakery = LocalStoryWriter.Write(Bakery);
        var garage = LocalStoryWriter.Write(Bakery with { Prompt = "A vintage car restored in a family garage" });

        garage.Scenes.Select(s => s.Narration).Should().NotEqual(bakery.Scenes.Select(s => s.Narration));
        garage.Scenes[0].ImagePrompt.Should().Contain("vintage car");
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 8)]
    [InlineData(3, 12)]
    [InlineData(6, 30)]
    [InlineData(7, 33.3)]
    [InlineData(12, 120)]
    [InlineData(20, 20)]
    [InlineData(20, 600)]
    public void Scene_count_is_honoured_and_durations_sum_to_the_target(int scenes, double seconds)
    {
        var storyboard = LocalStoryWriter.Write(Bakery with { SceneCount = scenes, TargetDurationSeconds = seconds });

        storyboard.Scenes.Should().HaveCount(scenes);
        storyboard.Scenes.Select(s => s.Order).Should().Equal(Enumerable.Range(1, scenes));
        storyboard.TotalSeconds.Should().BeApproximately(seconds, 1e-9);
        storyboard.Scenes.Should().OnlyContain(s => s.DurationSeconds >= 1);
        storyboard.Scenes.Select(s => s.Title).Should().OnlyContain(t => t.Length > 0);
        storyboard.Scenes.Should().OnlyContain(s => s.Summary.Length > 0 && s.ImagePrompt.Length > 0 && s.NegativePrompt.Contains("blurry"));
    }

    public static TheoryData<int> EveryAllowedSceneCount() => [.. Enumerable.Range(1, LocalStoryWriter.MaxScenes)];

    [Theory]
    [MemberData(nameof(EveryAllowedSceneCount))]
    public void Every_allowed_scene_count_gives_that_many_distinct_scenes(int scenes)
    {
        var storyboard = LocalStoryWriter.Write(Bakery with { SceneCount = scenes, TargetDurationSeconds = scenes * 3.3 });

        storyboard.Scenes.Should().HaveCount(scenes);
        storyboard.TotalSeconds.Should().BeApproximately(scenes * 3.3, 1e-9);
        storyboard.Scenes.Select(s => s.Title).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(6, 30)]
    [InlineData(3, 45)]
    [InlineData(10, 25)]
    [InlineData(1, 60)]
    public void Narration_has_about_two_and_a_half_words_per_second_of_its_scene(int scenes, double seconds)
    {
        var storyboard = LocalStoryWriter.Write(Bakery with { SceneCount = scenes, TargetDurationSeconds = seconds });

        foreach (var scene in storyboard.Scenes)
        {
            var words = scene.Narration.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var wanted = LocalStoryWriter.WordsPerSecond * scene.DurationSeconds;
            words.Should().BeInRange((int)Math.Floor(wanted * 0.85) - 1, (int)Math.Ceiling(wanted), $"scene {scene.Order} lasts {scene.DurationSeconds} s");
            scene.Narration.Should().MatchRegex(@"[.!?]$", "narration ends with a whole sentence");
        }
    }

    [Fact]
    public void Middle_scenes_are_a_little_longer_than_the_opening_and_the_close()
    {
        var storyboard = LocalStoryWriter.Write(Bakery);

        storyboard.Scenes.Select(s => s.DurationSeconds).Should().Equal(4.4, 5.3, 5.3, 5.3, 5.3, 4.4);
    }

    [Theory]
    [InlineData("16:9", "16:9 cinematic")]
    [InlineData("9:16", "vertical 9:16")]
    [InlineData("1:1", "square 1:1")]
    [InlineData("4:5", "vertical 4:5")]
    public void Image_prompts_frame_for_the_aspect_ratio(string ratio, string framing)
    {
        var storyboard = LocalStoryWriter.Write(Bakery with { AspectRatio = ratio });

        storyboard.Scenes.Should().OnlyContain(s => s.ImagePrompt.Contains(framing));
        storyboard.Overview.Should().Contain(ratio);
    }

    [Fact]
    public void Style_mood_and_brand_find_their_way_into_the_words()
    {
        var storyboard = LocalStoryWriter.Write(Bakery with { Style = "watercolor", Mood = "romantic" });

        storyboard.Title.Should().Be("Harbour Bakery: A Small Bakery Opening At Dawn");
        storyboard.Overview.Should().Contain("watercolor").And.Contain("romantic").And.Contain("Harbour Bakery");
        storyboard.Scenes.Should().OnlyContain(s => s.ImagePrompt.StartsWith("Watercolor ") && s.ImagePrompt.Contains("romantic mood")
            && s.ImagePrompt.Contains("warm candle-like glow") && s.ImagePrompt.Contains("sourdough bread", StringComparison.OrdinalIgnoreCase)
            && s.ImagePrompt.Contains("#C8553D"));
        storyboard.Scenes.Should().OnlyContain(s => s.NegativePrompt.Contains("photograph"));
        storyboard.Scenes[^1].Narration.Should().Contain("Harbour Bakery");
    }

    [Theory]
    [InlineData("", 30, 6, "16:9")]
    [InlineData("A bakery", 30, 0, "16:9")]
    [InlineData("A bakery", 30, 21, "16:9")]
    [InlineData("A bakery", 5, 6, "16:9")]
    [InlineData("A bakery", 901, 6, "16:9")]
    [InlineData("A bakery", 30, 6, "21:9")]
    public void Requests_it_cannot_honour_are_refused_as_invalid(string prompt, double seconds, int scenes, string ratio)
    {
        var act = () => LocalStoryWriter.Write(new StoryRequest(prompt, seconds, scenes, ratio));

        act.Should().Throw<MediaProcessingException>().Which.Code.Should().Be(MediaErrorCodes.InvalidRequest);
    }

    [Fact]
    public void A_prompt_of_stop_words_still_gives_a_storyboard()
    {
        var storyboard = LocalStoryWriter.Write(new StoryRequest("it is what it is", 6, 2, "1:1"));

        storyboard.Scenes.Should().HaveCount(2);
        storyboard.Scenes.Should().OnlyContain(s => s.Narration.Length > 0 && s.Title.Length > 0);
    }
}
