namespace AiVideo.Projects.FunctionalTests;

/// <summary>The pipeline as a process manager on the real bus: generation's answers (from the harness) drive the project to its final video.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class PipelineTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    private GenerationHarness Harness => fixture.Harness;

    [Fact]
    public async Task A_generate_run_goes_from_storyboard_through_every_image_and_clip_to_the_completed_final_video()
    {
        var admin = await Accounts.AdminAsync();
        var project = await Api.CreateProjectAsync(admin, new
        {
            title = "Dawn run", prompt = "A red car crossing a desert at dawn", sceneCount = 3, targetDuration = 15, aspectRatio = "9:16",
            style = "documentary", mood = "uplifting", narration = new { voice = "en-gb" }, captions = new { style = "bold" }, watermark = true,
        });
        var projectId = project.GetProperty("id").GetGuid();

        var started = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        started.GetProperty("status").GetString().Should().Be("storyboarding");
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");

        var storyboard = Harness.Of<StoryboardRequested>(projectId).Should().ContainSingle().Subject;
        storyboard.RequestId.Should().Be(started.GetProperty("requestId").GetGuid());
        storyboard.Should().BeEquivalentTo(new { Prompt = "A red car crossing a desert at dawn", Style = "documentary", Mood = "uplifting", SceneCount = 3, AspectRatio = "9:16" });
        var images = Harness.Of<ImageRequested>(projectId);
        images.Should().HaveCount(3).And.OnlyContain(i => i.Width == 720 && i.Height == 1280 && i.Mood == "uplifting" && i.Style == "documentary");
        images.Select(i => i.Variation).Should().BeEquivalentTo([1, 2, 3]);
        images.Select(i => i.Title).Should().BeEquivalentTo(["Scene 1", "Scene 2", "Scene 3"]);
        var clips = Harness.Of<VideoRequested>(projectId).Where(v => v.Kind == VideoKinds.Clip).ToList();
        clips.Should().HaveCount(3).And.OnlyContain(c => c.Seconds == 2.5 && c.Fps == 30 && c.Inputs.ImageFileId != null);
        var final = Harness.Of<VideoRequested>(projectId).Should().ContainSingle(v => v.Kind == VideoKinds.Final).Subject;
        final.Inputs.Narration.Select(n => n.Text).Should().Equal("Narration of scene 1.", "Narration of scene 2.", "Narration of scene 3.");
        final.Inputs.Narration.Should().OnlyContain(n => n.Voice == "en-gb");
        final.Inputs.Captions!.Should().BeEquivalentTo(new { Enabled = true, Burned = true, FontSize = 48, Color = "#FFFF00" });
        final.Seconds.Should().Be(7.5);

        var scenes = completed.GetProperty("scenes").EnumerateArray().ToList();
        scenes.Should().HaveCount(3);
        final.Inputs.Clips.Select(c => c.FileId).Should().Equal(scenes.Select(s => s.GetProperty("selectedClip").GetProperty("fileId").GetGuid()));
        scenes.Should().OnlyContain(s => s.GetProperty("status").GetString() == "video_ready" && s.GetProperty("assets").GetArrayLength() == 3,
            "each scene keeps its image, its clip and the clip's last frame");
        var video = completed.GetProperty("finalVideo");
        video.GetProperty("playbackUrl").GetString().Should().Be($"/api/files/{video.GetProperty("fileId").GetGuid()}/content");
        video.GetProperty("hlsPlaylistKey").GetString().Should().EndWith("master.m3u8");
        completed.GetProperty("progress").GetInt32().Should().Be(100);
        await Harness.WaitForAsync<ProjectCompleted>(projectId);
        Harness.Of<ProjectCompleted>(projectId).Should().ContainSingle().Which.FinalVideoFileId.Should().Be(video.GetProperty("fileId").GetGuid());
    }
}
