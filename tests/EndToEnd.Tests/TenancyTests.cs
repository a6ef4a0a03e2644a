namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// Two companies on one platform: the second reaches none of the first's projects, their events, files, videos,
/// generations, posts or webhook endpoints, by any route; every attempt is 404 (never 403: nothing says the thing
/// exists), no list shows them, and nothing of the first's is changed by the attempts.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class TenancyTests(SystemFixture system) : IDisposable
{
    private readonly SampleMedia _media = new();

    private GatewayClient Api => system.Api;

    public void Dispose() => _media.Dispose();

    [Fact]
    public async Task A_second_company_gets_404_for_the_first_companys_projects_files_videos_posts_webhook_endpoints_and_events()
    {
        var (owner, stranger) = (await Api.RegisterAsync("Owner Co"), await Api.RegisterAsync("Stranger Co"));
        var studio = new Studio(Api);
        var projectId = await studio.CreateSmallProjectAsync(owner);
        var hooks = await WebhookSubscription.CreateAsync(Api, system.Webhooks, owner, "video.ready");
        var video = (await GatewayClient.ExpectAsync(await Api.PostAsync("/api/videos", owner.Session, new { prompt = "A quiet harbour", seconds = 1, size = "720x1280" }),
            HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
        await GatewayClient.ExpectAsync(await Api.PostAsync($"/api/generations/{video}/cancel", owner.Session, new { reason = "only needed to exist" }), HttpStatusCode.OK);
        var fileId = (await Api.UploadAsync(owner, await _media.VideoAsync(2, 160, 120), "mine.mp4", "video/mp4", "video-upload")).GetProperty("id").GetGuid();
        await Eventually.True(async () => (await Api.GetJsonAsync($"/api/files/{fileId}", owner.Session)).GetProperty("status").GetString() == "available",
            "the upload is processed", TimeSpan.FromMinutes(3), Studio.PollInterval);
        var postId = (await GatewayClient.ExpectAsync(await Api.PostAsync("/api/posts", owner.Session, new { fileId, text = "Ours" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var endpoint = hooks.EndpointId;

        var attempts = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"/api/projects/{projectId}", null),
            (HttpMethod.Patch, $"/api/projects/{projectId}", new { title = "Taken" }),
            (HttpMethod.Get, $"/api/projects/{projectId}/scenes", null),
            (HttpMethod.Get, $"/api/projects/{projectId}/activity", null),
            (HttpMethod.Get, $"/api/projects/{projectId}/events", null),
            (HttpMethod.Post, $"/api/projects/{projectId}/generate", new { }),
            (HttpMethod.Delete, $"/api/projects/{projectId}", null),
            (HttpMethod.Get, $"/api/files/{fileId}", null),
            (HttpMethod.Get, $"/api/files/{fileId}/content", null),
            (HttpMethod.Delete, $"/api/files/{fileId}", null),
            (HttpMethod.Get, $"/api/videos/{video}", null),
            (HttpMethod.Get, $"/api/videos/{video}/content", null),
            (HttpMethod.Post, $"/api/videos/{video}/remix", new { prompt = "Mine now" }),
            (HttpMethod.Delete, $"/api/videos/{video}", null),
            (HttpMethod.Get, $"/v1/videos/video_{video:N}", null),
            (HttpMethod.Get, $"/v1/videos/video_{video:N}/content", null),
            (HttpMethod.Delete, $"/v1/videos/video_{video:N}", null),
            (HttpMethod.Get, $"/api/generations/{video}", null),
            (HttpMethod.Post, $"/api/generations/{video}/cancel", new { }),
            (HttpMethod.Get, $"/api/posts/{postId}", null),
            (HttpMethod.Delete, $"/api/posts/{postId}", null),
            (HttpMethod.Get, $"/api/webhook-endpoints/{endpoint}", null),
            (HttpMethod.Patch, $"/api/webhook-endpoints/{endpoint}", new { enabled = false }),
            (HttpMethod.Get, $"/api/webhook-endpoints/{endpoint}/deliveries", null),
            (HttpMethod.Post, $"/api/webhook-endpoints/{endpoint}/rotate-secret", new { }),
            (HttpMethod.Delete, $"/api/webhook-endpoints/{endpoint}", null),
        };
        var answers = await Task.WhenAll(attempts.Select(async a =>
        {
            using var response = await Api.SendAsync(a.Method, a.Path, stranger.Session, a.Body);
            return $"{a.Method} {a.Path} → {(int)response.StatusCode}";
        }));

        answers.Should().OnlyContain(answer => answer.EndsWith("→ 404"), "another company's things do not exist for a stranger");
        (await Ids("/api/projects?scope=company", stranger)).Should().NotContain(projectId.ToString());
        (await Ids("/api/files", stranger)).Should().NotContain(fileId.ToString());
        (await Ids("/api/videos", stranger)).Should().NotContain(video.ToString());
        (await GatewayClient.ExpectAsync(await Api.GetAsync("/v1/videos", stranger.Session), HttpStatusCode.OK)).GetProperty("data").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()).Should().NotContain($"video_{video:N}");
        (await Ids("/api/posts", stranger)).Should().NotContain(postId.ToString());
        (await Ids("/api/webhook-endpoints", stranger)).Should().NotContain(endpoint.ToString());

        (await studio.ProjectAsync(owner, projectId)).GetProperty("title").GetString().Should().Be("Small", "the stranger's attempts changed nothing");
        (await Api.GetJsonAsync($"/api/files/{fileId}", owner.Session)).GetProperty("status").GetString().Should().Be("available");
        (await Api.GetJsonAsync($"/api/videos/{video}", owner.Session)).GetProperty("id").GetGuid().Should().Be(video);
        (await Api.GetJsonAsync($"/api/posts/{postId}", owner.Session)).GetProperty("fileId").GetGuid().Should().Be(fileId);
        (await Api.GetJsonAsync($"/api/webhook-endpoints/{endpoint}", owner.Session)).GetProperty("enabled").GetBoolean().Should().BeTrue();
        (await Ids("/api/projects?scope=company", owner)).Should().Contain(projectId.ToString());
    }

    private async Task<IReadOnlyList<string>> Ids(string path, Account account) =>
        (await Api.GetJsonAsync(path, account.Session)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").ToString()).ToList();
}
