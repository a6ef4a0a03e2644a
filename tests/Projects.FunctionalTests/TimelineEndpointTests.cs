namespace AiVideo.Projects.FunctionalTests;

/// <summary>The timeline and layers over HTTP: checked against each clip's real duration and the company's files, and followed by the render.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class TimelineEndpointTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task The_timeline_and_layers_are_checked_against_the_clips_and_files_and_the_render_follows_them()
    {
        var admin = await Accounts.AdminAsync();
        var stranger = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var scenes = completed.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        var clipFiles = completed.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("selectedClip").GetProperty("fileId").GetGuid()).ToList();
        var music = await fixture.Media.AudioAsync(admin);
        var theirMusic = await fixture.Media.AudioAsync(stranger);
        var image = await fixture.Media.ImageAsync(admin);
        var defaults = await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/timeline", admin), HttpStatusCode.OK);
        defaults.GetProperty("isDefault").GetBoolean().Should().BeTrue();
        defaults.GetProperty("totalDuration").GetDouble().Should().Be(7.5, "three 2.5 s clips whole");

        var timeline = await ProjectsClient.ExpectAsync(await Api.PutAsync($"/api/projects/{projectId}/timeline", admin, new
        {
            clips = new object[]
            {
                new { sceneId = scenes[2], order = 1, start = 0.0, trimIn = 0.5, trimOut = 2.0 },
                new { sceneId = scenes[0], order = 2, start = 1.5, trimIn = 0.0, duration = 2.5 },
            },
        }), HttpStatusCode.OK);
        var layers = await ProjectsClient.ExpectAsync(await Api.PutAsync($"/api/projects/{projectId}/layers", admin, new
        {
            captions = new object[] { new { text = "Coming soon", start = 0.5, end = 3.0, style = "bold" }, new { text = "Book a drive", start = 3.0, end = 4.0 } },
            audio = new object[] { new { fileId = music, volume = 0.25, ducking = false, start = 1.0 } },
        }), HttpStatusCode.OK);

        timeline.GetProperty("isDefault").GetBoolean().Should().BeFalse();
        timeline.GetProperty("totalDuration").GetDouble().Should().Be(4.0);
        timeline.GetProperty("clips").EnumerateArray().Select(c => (c.GetProperty("sceneId").GetGuid(), c.GetProperty("duration").GetDouble(), c.GetProperty("end").GetDouble()))
            .Should().Equal((scenes[2], 1.5, 1.5), (scenes[0], 2.5, 4.0));
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/timeline", admin), HttpStatusCode.OK)).GetRawText()
            .Should().Be(timeline.GetRawText());
        layers.GetProperty("captions")[1].GetProperty("style").GetString().Should().Be("classic", "a caption without a style takes the project's");
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/layers", admin), HttpStatusCode.OK)).GetRawText().Should().Be(layers.GetRawText());

        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { clips = new[] { new { sceneId = scenes[0], order = 1, start = 0.0, trimIn = 0.0, trimOut = 3.0 } } }, "clips[0].trimOut"),
                     (new { clips = new[] { new { sceneId = scenes[0], order = 1, start = 0.0, trimIn = 2.5, trimOut = 2.5 } } }, "clips[0].trimIn"),
                     (new { clips = new[] { new { sceneId = scenes[0], order = 1, start = 0.0, trimIn = 1.0, duration = 2.0 } } }, "clips[0].duration"),
                     (new { clips = new[] { new { sceneId = Guid.CreateVersion7(), order = 1, start = 0.0, trimIn = 0.0, trimOut = 1.0 } } }, "clips[0].sceneId"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.PutAsync($"/api/projects/{projectId}/timeline", admin, body), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        }
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { audio = new[] { new { fileId = theirMusic } } }, "audio[0].fileId"),
                     (new { audio = new[] { new { fileId = image } } }, "audio[0].fileId"),
                     (new { captions = new[] { new { text = "Late", start = 3.0, end = 2.0, style = "bold" } } }, "captions[0].end"),
                     (new { captions = new[] { new { text = "Odd", start = 0.0, end = 1.0, style = "sparkly" } } }, "captions[0].style"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.PutAsync($"/api/projects/{projectId}/layers", admin, body), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        }
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/timeline", admin), HttpStatusCode.OK)).GetRawText()
            .Should().Be(timeline.GetRawText(), "refused timelines change nothing");
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/layers", admin), HttpStatusCode.OK)).GetRawText()
            .Should().Be(layers.GetRawText(), "refused layers change nothing");

        var render = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/render", admin), HttpStatusCode.Accepted);
        var final = (await fixture.Harness.WaitForAsync<VideoRequested>(projectId, where: v => v.RequestId == render.GetProperty("requestId").GetGuid())).Single();
        final.Inputs.Clips.Should().BeEquivalentTo(
            new[] { new VideoClipInput(clipFiles[2], scenes[2], 0.5, 1.5), new VideoClipInput(clipFiles[0], scenes[0], 0.0, 2.5) },
            options => options.WithStrictOrdering());
        final.Seconds.Should().Be(4.0);
        final.Inputs.CaptionCues!.Select(c => (c.Text, c.StartSeconds, c.EndSeconds, c.Style)).Should().Equal(("Coming soon", 0.5, 3.0, "bold"), ("Book a drive", 3.0, 4.0, "classic"));
        final.Inputs.AudioTracks.Should().Equal(new AudioTrack(music, 0.25, false, 1.0));
        final.Inputs.MusicFileId.Should().Be(music);
        final.Inputs.DuckMusic.Should().BeFalse();
        var rerendered = await Api.WaitForStatusAsync(admin, projectId, "completed");
        rerendered.GetProperty("finalVideo").GetProperty("fileId").GetGuid().Should().NotBe(completed.GetProperty("finalVideo").GetProperty("fileId").GetGuid());
        rerendered.GetProperty("finalVideo").GetProperty("durationSeconds").GetDouble().Should().Be(4.0, "the new final video is the timeline's length");
    }
}
