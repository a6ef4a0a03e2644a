namespace AiVideo.Projects.FunctionalTests;

/// <summary>Scenes edited by hand over HTTP: added, changed, reordered, deleted, and which of its images and clips a scene uses.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class SceneEndpointTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task Scenes_are_added_edited_reordered_and_deleted_by_hand()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        var scenes = $"/api/projects/{projectId}/scenes";

        var first = await ProjectsClient.ExpectAsync(await Api.PostAsync(scenes, admin, new { title = "Opening", narration = "It begins.", duration = 4 }), HttpStatusCode.Created);
        var last = await ProjectsClient.ExpectAsync(await Api.PostAsync(scenes, admin, new { title = "Closing", imagePrompt = "A sunset" }), HttpStatusCode.Created);
        var middle = await ProjectsClient.ExpectAsync(await Api.PostAsync(scenes, admin, new { title = "Middle", position = 2 }), HttpStatusCode.Created);
        var (a, b, c) = (first.GetProperty("id").GetGuid(), middle.GetProperty("id").GetGuid(), last.GetProperty("id").GetGuid());
        (await OrderAsync(admin, projectId)).Should().Equal(a, b, c);
        middle.GetProperty("position").GetInt32().Should().Be(2);
        first.GetProperty("status").GetString().Should().Be("pending");

        var edited = await ProjectsClient.ExpectAsync(await Api.PatchAsync($"{scenes}/{b}", admin, new { duration = 6.5, negativePrompt = "rain", narration = "Halfway." }),
            HttpStatusCode.OK);
        edited.Should().BeEquivalentTo(new { Title = "Middle", Duration = 6.5, NegativePrompt = "rain", Narration = "Halfway." }, o => o.ExcludingMissingMembers());
        var cleared = await ProjectsClient.ExpectAsync(await Api.PatchAsync($"{scenes}/{b}", admin, new { negativePrompt = "" }), HttpStatusCode.OK);
        cleared.GetProperty("negativePrompt").ValueKind.Should().Be(JsonValueKind.Null, "an empty negative prompt removes it");
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"{scenes}/{b}", admin), HttpStatusCode.OK)).GetProperty("duration").GetDouble().Should().Be(6.5);

        var reordered = await ProjectsClient.ExpectAsync(await Api.PostAsync($"{scenes}/reorder", admin, new { sceneIds = new[] { c, a, b } }), HttpStatusCode.OK);
        reordered.EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("position").GetInt32())).Should().Equal((c, 1), (a, 2), (b, 3));

        var missing = await ProjectsClient.ProblemAsync(await Api.PostAsync($"{scenes}/reorder", admin, new { sceneIds = new[] { a, b } }), HttpStatusCode.BadRequest);
        var repeated = await ProjectsClient.ProblemAsync(await Api.PostAsync($"{scenes}/reorder", admin, new { sceneIds = new[] { a, b, b } }), HttpStatusCode.BadRequest);
        var foreign = Guid.CreateVersion7();
        var unknown = await ProjectsClient.ProblemAsync(await Api.PostAsync($"{scenes}/reorder", admin, new { sceneIds = new[] { a, b, foreign } }), HttpStatusCode.BadRequest);
        var none = await ProjectsClient.ProblemAsync(await Api.PostAsync($"{scenes}/reorder", admin, new { }), HttpStatusCode.BadRequest);
        missing.GetProperty("missing").EnumerateArray().Select(e => e.GetGuid()).Should().Equal(c);
        repeated.GetProperty("repeated").EnumerateArray().Select(e => e.GetGuid()).Should().Equal(b);
        repeated.GetProperty("missing").EnumerateArray().Select(e => e.GetGuid()).Should().Equal(c);
        unknown.GetProperty("unknown").EnumerateArray().Select(e => e.GetGuid()).Should().Equal(foreign);
        none.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("sceneIds");
        (await OrderAsync(admin, projectId)).Should().Equal([c, a, b], "a refused reorder changes nothing");

        var bad = await ProjectsClient.ProblemAsync(await Api.PostAsync(scenes, admin, new { title = "", duration = 120, position = 9 }), HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(["title", "duration"]);
        (await ProjectsClient.ProblemAsync(await Api.PatchAsync($"{scenes}/{a}", admin, new { duration = 0.1 }), HttpStatusCode.BadRequest))
            .GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("duration");

        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"{scenes}/{c}", admin), HttpStatusCode.NoContent);
        var left = await ProjectsClient.ExpectAsync(await Api.GetAsync(scenes, admin), HttpStatusCode.OK);
        left.EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("position").GetInt32())).Should().Equal((a, 1), (b, 2));
        (await Api.GetAsync($"{scenes}/{c}", admin)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_scene_chooses_among_its_own_images_and_never_another_scenes_or_projects()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Select", prompt = "Two scenes", sceneCount = 2 })).GetProperty("id").GetGuid();
        var otherProjectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var (first, second) = (completed.GetProperty("scenes")[0], completed.GetProperty("scenes")[1]);
        var firstId = first.GetProperty("id").GetGuid();
        var oldImage = first.GetProperty("selectedImage").GetProperty("id").GetGuid();

        var rerun = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/scenes/{firstId}/image", admin, new { prompt = "Wider" }),
            HttpStatusCode.Accepted);
        var newImage = await Eventually.Until(() => SceneAsync(admin, projectId, firstId),
            s => s.GetProperty("selectedImage").GetProperty("requestId").GetGuid() == rerun.GetProperty("requestId").GetGuid(), "the new image is selected");
        newImage.GetProperty("assets").EnumerateArray().Count(a => a.GetProperty("kind").GetString() == "image").Should().Be(2, "the earlier image is kept");

        var back = await ProjectsClient.ExpectAsync(await Api.PutAsync($"/api/projects/{projectId}/scenes/{firstId}/selection", admin, new { imageAssetId = oldImage }),
            HttpStatusCode.OK);
        back.GetProperty("selectedImage").GetProperty("id").GetGuid().Should().Be(oldImage);

        var othersImage = second.GetProperty("selectedImage").GetProperty("id").GetGuid();
        var refused = await ProjectsClient.ProblemAsync(await Api.PutAsync($"/api/projects/{projectId}/scenes/{firstId}/selection", admin,
            new { imageAssetId = othersImage }), HttpStatusCode.BadRequest);
        refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("imageAssetId");
        var clipAsImage = await ProjectsClient.ProblemAsync(await Api.PutAsync($"/api/projects/{projectId}/scenes/{firstId}/selection", admin,
            new { imageAssetId = first.GetProperty("selectedClip").GetProperty("id").GetGuid() }), HttpStatusCode.BadRequest);
        clipAsImage.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("imageAssetId");
        (await SceneAsync(admin, projectId, firstId)).GetProperty("selectedImage").GetProperty("id").GetGuid().Should().Be(oldImage, "refusals change nothing");

        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"/api/projects/{otherProjectId}/scenes/{firstId}", null),
                     (HttpMethod.Patch, $"/api/projects/{otherProjectId}/scenes/{firstId}", new { title = "Elsewhere" }),
                     (HttpMethod.Delete, $"/api/projects/{otherProjectId}/scenes/{firstId}", null),
                     (HttpMethod.Put, $"/api/projects/{otherProjectId}/scenes/{firstId}/selection", new { imageAssetId = oldImage }),
                     (HttpMethod.Post, $"/api/projects/{otherProjectId}/scenes/{firstId}/image", null),
                     (HttpMethod.Post, $"/api/projects/{otherProjectId}/scenes/{firstId}/video", null),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.SendAsync(method, path, admin.Token, body), HttpStatusCode.NotFound);
            problem.GetProperty("detail").GetString().Should().Contain(firstId.ToString(), "a scene of another project is not found in this one");
        }
    }

    private async Task<JsonElement> SceneAsync(Account account, Guid projectId, Guid sceneId) =>
        await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/scenes/{sceneId}", account), HttpStatusCode.OK);

    private async Task<List<Guid>> OrderAsync(Account account, Guid projectId) =>
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/scenes", account), HttpStatusCode.OK))
        .EnumerateArray().OrderBy(s => s.GetProperty("position").GetInt32()).Select(s => s.GetProperty("id").GetGuid()).ToList();
}
