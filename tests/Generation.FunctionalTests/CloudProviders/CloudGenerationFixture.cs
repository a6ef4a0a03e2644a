using AiVideo.Generation.FunctionalTests.Service;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// generation-api (with identity-api and media-api, as <see cref="GenerationFixture"/>) configured with cloud providers
/// against a fake of OpenAI's API: <c>openai</c> serving every port it has and chosen by <c>Generation:PortDefaults</c>
/// for storyboards, images, clips and speech (so a project's whole pipeline runs on it, composed here), <c>ollama</c> (the
/// same protocol, story only), prices for each unit, and a monthly limit for companies on the plan <c>capped</c>.
/// </summary>
public sealed class CloudGenerationFixture : GenerationFixture
{
    public const string ApiKey = "sk-service-test-secret-0123456789";
    public const string CappedPlan = "capped";

    public FakeProvider OpenAi { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Generation:Providers:openai:Type"] = "openai",
        ["Generation:Providers:openai:BaseUrl"] = new Uri(OpenAi.Address, "v1/").ToString(),
        ["Generation:Providers:openai:ApiKey"] = ApiKey,
        ["Generation:Providers:openai:Models:0"] = "sora-2",
        ["Generation:Providers:openai:VideoSizes:0"] = "1280x720",
        ["Generation:Providers:openai:VideoSizes:1"] = "720x1280",
        ["Generation:Providers:openai:MinSeconds"] = "4",
        ["Generation:Providers:openai:MaxSeconds"] = "12",
        ["Generation:Providers:openai:PollInterval"] = "00:00:00.100",
        ["Generation:Providers:openai:MaxPollInterval"] = "00:00:00.500",
        ["Generation:Providers:openai:Cost:PerImage"] = "0.04",
        ["Generation:Providers:openai:Cost:PerVideoSecond"] = "0.10",
        ["Generation:Providers:openai:Cost:PerThousandCharacters"] = "0.015",
        ["Generation:Providers:openai:Cost:PerThousandTokens"] = "0.002",
        ["Generation:Providers:ollama:Type"] = "openai",
        ["Generation:Providers:ollama:BaseUrl"] = new Uri(OpenAi.Address, "ollama/v1/").ToString(),
        ["Generation:Providers:ollama:Ports:0"] = "story",
        ["Generation:PortDefaults:story"] = "openai",
        ["Generation:PortDefaults:image"] = "openai",
        ["Generation:PortDefaults:clip"] = "openai",
        ["Generation:PortDefaults:speech"] = "openai",
        [$"Generation:Usage:PlanLimits:{CappedPlan}"] = "0.05",
    };

    public CloudGenerationFixture()
    {
        var server = OpenAi.Server;
        var storyboard = new
        {
            title = "A harbour at dusk",
            overview = "Boats come home as the light fades.",
            scenes = Enumerable.Range(1, 2).Select(i => new
            {
                title = $"Scene {i}", summary = $"Scene {i} of the harbour.", narration = i == 1 ? "The harbour wakes up slowly." : "The boats come home.",
                imagePrompt = $"A harbour at dusk, shot {i}", negativePrompt = "text",
            }),
        };
        server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^(/ollama)?/v1/chat/completions$")).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            id = "chatcmpl-1", @object = "chat.completion", created = 1764720000, model = "gpt-4o-mini",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = JsonSerializer.Serialize(storyboard) }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 200, completion_tokens = 300, total_tokens = 500 },
        }));
        server.Given(Request.Create().WithPath("/v1/images/generations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { data = new[] { new { b64_json = Convert.ToBase64String(ProviderMediaSamples.Png) } } }));
        server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav").WithBody(ProviderMediaSamples.Speech));
        server.Given(Request.Create().WithPath("/v1/videos").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "video_fake", @object = "video", status = "queued", progress = 0 }));
        server.Given(Request.Create().WithPath("/v1/videos/video_fake/remix").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "video_fake", @object = "video", status = "queued", progress = 0 }));
        server.Given(Request.Create().WithPath("/v1/videos/video_fake").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "video_fake", @object = "video", status = "completed", progress = 100, seconds = "8", model = "sora-2" }));
        server.Given(Request.Create().WithPath("/v1/videos/video_fake/content").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "video/mp4").WithBody(ProviderMediaSamples.Video));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        OpenAi.Dispose();
    }
}
