namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class SpeechTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    private readonly ISpeechSynthesizer _speech = media.Get<ISpeechSynthesizer>();

    [Fact]
    public async Task Short_narration_is_padded_with_silence_to_the_scene_length()
    {
        using var workspace = media.Workspace();

        var narration = await _speech.SpeakAsync(new SpeechRequest("Welcome to the harbour.", 5), workspace, null, default);

        narration.DurationSeconds.Should().BeApproximately(5, 0.001);
        MediaTools.Probe(narration.Path).Audio.DurationSeconds.Should().BeApproximately(5, 0.01);
        narration.SpeechStartSeconds.Should().BeInRange(0.1, 0.3);
        narration.SpeechEndSeconds.Should().BeInRange(1, 3.5);
        narration.Truncated.Should().BeFalse();
        var rms = MediaTools.RmsPerWindow(narration.Path, 0.25);
        rms.Skip(1).Take(4).Max().Should().BeGreaterThan(0.03, "the voice is heard at the start");
        rms.Skip(16).Max().Should().BeLessThan(0.002, "the end is silence");
    }

    [Fact]
    public async Task Long_narration_is_spoken_faster_to_fit_the_scene()
    {
        using var workspace = media.Workspace();
        const string text = "This sentence has rather a lot of words in it for a scene that lasts only three seconds, so it must be read faster.";
        var natural = await _speech.SpeakAsync(new SpeechRequest(text), workspace, null, default);

        var fitted = await _speech.SpeakAsync(new SpeechRequest(text, 5), workspace, null, default);

        natural.DurationSeconds.Should().BeGreaterThan(5.5, "read at the natural rate it would overrun the scene");
        fitted.DurationSeconds.Should().BeApproximately(5, 0.001);
        fitted.SpeechEndSeconds.Should().BeLessThanOrEqualTo(5 - 0.2);
        fitted.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_voice_is_a_clear_bad_request()
    {
        using var workspace = media.Workspace();

        var act = () => _speech.SpeakAsync(new SpeechRequest("Hello.", 2, Voice: "xx-nowhere"), workspace, null, default);

        var failure = (await act.Should().ThrowAsync<MediaProcessingException>()).Which;
        failure.Code.Should().Be(MediaErrorCodes.InvalidRequest);
        failure.Message.Should().Contain("xx-nowhere");
    }

    [Fact]
    public async Task Narration_text_that_starts_like_an_option_is_spoken_not_obeyed()
    {
        using var workspace = media.Workspace();

        var narration = await _speech.SpeakAsync(new SpeechRequest("--help -w /etc/passwd", 3), workspace, null, default);

        narration.DurationSeconds.Should().BeApproximately(3, 0.001);
        narration.SpeechEndSeconds.Should().BeGreaterThan(narration.SpeechStartSeconds + 0.5, "the words were read aloud");
    }
}
