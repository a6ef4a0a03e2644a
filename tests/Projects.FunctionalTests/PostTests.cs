namespace AiVideo.Projects.FunctionalTests;

/// <summary>Posts over HTTP: a completed project's final video or an uploaded video with a text; a video not ready is refused; the company's feed.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class PostTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task Finished_videos_are_posted_to_the_company_feed_and_videos_not_ready_are_refused()
    {
        var admin = await Accounts.AdminAsync();
        var member = await Accounts.MemberOfAsync(admin);
        var otherMember = await Accounts.MemberOfAsync(admin);
        var stranger = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Post me", prompt = "A post", sceneCount = 1 })).GetProperty("id").GetGuid();
        var draftId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var uploaded = await fixture.Media.PlayableVideoAsync(member);
        var uploading = await fixture.Media.OpenVideoUploadAsync(member);
        var picture = await fixture.Media.ImageAsync(member);
        var theirVideo = await fixture.Media.VideoAsync(stranger);

        var fromProject = await ProjectsClient.ExpectAsync(await Api.PostAsync("/api/posts", member, new { projectId, text = "Our new film" }), HttpStatusCode.Created);
        var fromUpload = await ProjectsClient.ExpectAsync(await Api.PostAsync("/api/posts", member, new { fileId = uploaded, text = "Behind the scenes" }), HttpStatusCode.Created);

        fromProject.GetProperty("fileId").GetGuid().Should().Be(completed.GetProperty("finalVideo").GetProperty("fileId").GetGuid());
        fromProject.GetProperty("playbackUrl").GetString().Should().Be($"/api/files/{fromProject.GetProperty("fileId").GetGuid()}/content");
        fromProject.GetProperty("authorId").GetGuid().Should().Be(member.UserId);
        fromUpload.GetProperty("projectId").ValueKind.Should().Be(JsonValueKind.Null);
        (await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/posts", member, new { projectId = draftId, text = "Too early" }), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().Should().NotBeNullOrEmpty();
        (await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/posts", member, new { fileId = uploading, text = "Still uploading" }), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().Should().Be("video_not_ready");
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { fileId = picture, text = "A picture" }, "fileId"),
                     (new { fileId = theirVideo, text = "Not ours" }, "fileId"),
                     (new { text = "Nothing" }, "projectId"),
                     (new { projectId, fileId = uploaded, text = "Both" }, "projectId"),
                     (new { projectId, text = "" }, "text"),
                     (new { projectId, text = new string('x', 5001) }, "text"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/posts", member, body), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        }

        var firstPage = await ProjectsClient.ExpectAsync(await Api.GetAsync("/api/posts?limit=1", otherMember), HttpStatusCode.OK);
        firstPage.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(fromUpload.GetProperty("id").GetGuid());
        var secondPage = await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/posts?limit=1&cursor={firstPage.GetProperty("nextCursor").GetString()}", otherMember),
            HttpStatusCode.OK);
        secondPage.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(fromProject.GetProperty("id").GetGuid());
        (await ProjectsClient.ExpectAsync(await Api.GetAsync("/api/posts", stranger), HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
        var postPath = $"/api/posts/{fromProject.GetProperty("id").GetGuid()}";
        (await ProjectsClient.ExpectAsync(await Api.GetAsync(postPath, otherMember), HttpStatusCode.OK)).GetProperty("text").GetString().Should().Be("Our new film");
        await ProjectsClient.ProblemAsync(await Api.GetAsync(postPath, stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.DeleteAsync(postPath, stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.DeleteAsync(postPath, otherMember), HttpStatusCode.Forbidden);
        await ProjectsClient.ExpectAsync(await Api.DeleteAsync(postPath, member), HttpStatusCode.NoContent);
        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/posts/{fromUpload.GetProperty("id").GetGuid()}", admin), HttpStatusCode.NoContent);
        (await ProjectsClient.ExpectAsync(await Api.GetAsync("/api/posts", admin), HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }
}
