namespace AiVideo.Projects.FunctionalTests;

/// <summary>
/// A project's provider: checked against the providers generation-api has (its internal list, answered here by the
/// harness standing in for it), refused with the list when unknown, changed by PATCH and cleared by null, and carried
/// on every request the project's pipeline sends; generation-api being unreachable is a 503 that changes nothing.
/// </summary>
[Collection(ProjectsCollection.Name)]
public sealed class ProviderChoiceTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task A_project_names_a_provider_generation_has_and_every_request_of_its_pipeline_carries_it()
    {
        var admin = await Accounts.AdminAsync();
        var project = await Api.CreateProjectAsync(admin, new { title = "Cloud run", prompt = "A harbour at dusk", sceneCount = 2, targetDuration = 10, provider = "OpenAI" });
        var projectId = project.GetProperty("id").GetGuid();
        project.GetProperty("provider").GetString().Should().Be("openai");

        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Api.WaitForStatusAsync(admin, projectId, "completed");

        var harness = fixture.Harness;
        harness.Of<StoryboardRequested>(projectId).Should().ContainSingle().Which.Provider.Should().Be("openai");
        harness.Of<ImageRequested>(projectId).Should().HaveCount(2).And.OnlyContain(i => i.Provider == "openai");
        harness.Of<VideoRequested>(projectId).Should().HaveCount(3, "two clips and the final video").And.OnlyContain(v => v.Provider == "openai");
    }

    [Fact]
    public async Task An_unknown_provider_is_a_400_naming_the_ones_there_are_and_a_patch_changes_or_clears_it()
    {
        var admin = await Accounts.AdminAsync();

        var refused = await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/projects", admin, new { title = "T", prompt = "P", provider = "midjourney" }),
            HttpStatusCode.BadRequest);
        var message = refused.GetProperty("errors").GetProperty("provider")[0].GetString();
        message.Should().Contain("midjourney").And.Contain("local").And.Contain("openai").And.Contain("runway");
        (await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/projects", admin, new { title = "T", prompt = "P", provider = "no spaces please" }),
            HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("provider", out _).Should().BeTrue();

        var project = await Api.CreateProjectAsync(admin, new { title = "T", prompt = "P" });
        var projectId = project.GetProperty("id").GetGuid();
        project.GetProperty("provider").ValueKind.Should().Be(JsonValueKind.Null);
        var changed = await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/projects/{projectId}", admin, new { provider = "runway" }), HttpStatusCode.OK);
        changed.GetProperty("provider").GetString().Should().Be("runway");
        await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/projects/{projectId}", admin, new { provider = "midjourney" }), HttpStatusCode.BadRequest);
        (await Api.ProjectAsync(admin, projectId)).GetProperty("provider").GetString().Should().Be("runway", "a refused change changes nothing");
        var cleared = await ProjectsClient.ExpectAsync(await Api.SendRawAsync(HttpMethod.Patch, $"/api/projects/{projectId}", admin, """{"provider":null}"""),
            HttpStatusCode.OK);
        cleared.GetProperty("provider").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
