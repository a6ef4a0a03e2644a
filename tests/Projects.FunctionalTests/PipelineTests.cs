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

    [Fact]
    public async Task A_failing_scene_fails_the_project_naming_it_and_its_rerun_resumes_the_run_to_completion()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Harness.PublishAsync(Answers.Storyboard((await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single()));
        var images = (await Harness.WaitForAsync<ImageRequested>(projectId, 3)).OrderBy(i => i.Variation).ToList();

        // Scene 1's image lands (its clip is asked for at once), scene 2 fails, then scene 3's image and scene 1's clip land after the failure.
        await Harness.AnswerAsync(images[0]);
        var firstClip = (await Harness.WaitForAsync<VideoRequested>(projectId)).Single();
        await Harness.PublishAsync(Answers.Failure(images[1]));
        var failed = await Api.WaitForStatusAsync(admin, projectId, "failed");
        await Harness.AnswerAsync(images[2]);
        await Harness.AnswerAsync(firstClip);
        await fixture.SettledAsync(projectId);

        var failure = failed.GetProperty("failure");
        failure.GetProperty("stage").GetString().Should().Be("image");
        failure.GetProperty("sceneId").GetGuid().Should().Be(images[1].SceneId);
        failure.GetProperty("requestId").GetGuid().Should().Be(images[1].RequestId);
        failure.GetProperty("message").GetString().Should().Be("The provider refused the prompt.");
        var whileFailed = await Api.ProjectAsync(admin, projectId);
        whileFailed.GetProperty("status").GetString().Should().Be("failed");
        whileFailed.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("status").GetString())
            .Should().Equal(new[] { "video_ready", "failed", "image_ready" }, "results of the other scenes still land, but nothing new is asked while a scene is failed");
        whileFailed.GetProperty("scenes")[1].GetProperty("failureReason").GetString().Should().Be("The provider refused the prompt.");
        Harness.Of<VideoRequested>(projectId).Should().ContainSingle("only scene 1's clip was asked for before the failure");

        var rerun = await Api.PostAsync($"/api/projects/{projectId}/scenes/{images[1].SceneId}/image", admin);
        var rerunId = (await ProjectsClient.ExpectAsync(rerun, HttpStatusCode.Accepted)).GetProperty("requestId").GetGuid();
        (await Api.ProjectAsync(admin, projectId)).GetProperty("status").GetString().Should().Be("generating", "the rerun resumes the run");
        await Harness.AnswerAsync((await Harness.WaitForAsync<ImageRequested>(projectId, where: i => i.RequestId == rerunId)).Single());
        var clips = await Harness.WaitForAsync<VideoRequested>(projectId, 3);
        foreach (var clip in clips.Skip(1))
        {
            await Harness.AnswerAsync(clip);
        }
        await Harness.AnswerAsync((await Harness.WaitForAsync<VideoRequested>(projectId, where: v => v.Kind == VideoKinds.Final)).Single());
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");

        completed.GetProperty("failure").ValueKind.Should().Be(JsonValueKind.Null);
        Harness.Of<ImageRequested>(projectId).Should().HaveCount(4, "three images and the failed scene's second");
        clips.Select(c => c.SceneId).Should().BeEquivalentTo(images.Select(i => i.SceneId), "scene 3's clip, waiting since the failure, is asked for on resuming");
        Harness.Of<VideoRequested>(projectId).Count(v => v.Kind == VideoKinds.Clip).Should().Be(3);
        Harness.Of<VideoRequested>(projectId).Count(v => v.Kind == VideoKinds.Final).Should().Be(1);
    }

    [Fact]
    public async Task Generate_from_a_later_step_makes_that_step_again_for_every_scene_and_a_new_final_video()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Again", prompt = "Again", sceneCount = 2 })).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var first = await Api.WaitForStatusAsync(admin, projectId, "completed");

        var clips = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin, new { from = "clips" }), HttpStatusCode.Accepted);
        clips.GetProperty("status").GetString().Should().Be("generating");
        var second = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var render = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate?from=render", admin), HttpStatusCode.Accepted);
        render.GetProperty("status").GetString().Should().Be("rendering");
        var third = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var unknown = await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin, new { from = "music" }), HttpStatusCode.BadRequest);
        var mistyped = await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin, new { from = new[] { 5 } }), HttpStatusCode.BadRequest);

        Harness.Of<StoryboardRequested>(projectId).Should().ContainSingle();
        Harness.Of<ImageRequested>(projectId).Should().HaveCount(2, "images are not made again from clips on");
        Harness.Of<VideoRequested>(projectId).Count(v => v.Kind == VideoKinds.Clip).Should().Be(4, "every scene's clip once more");
        Harness.Of<VideoRequested>(projectId).Count(v => v.Kind == VideoKinds.Final).Should().Be(3);
        var finals = new[] { first, second, third }.Select(p => p.GetProperty("finalVideo").GetProperty("fileId").GetGuid()).ToList();
        finals.Should().OnlyHaveUniqueItems("each run ends in a new final video");
        second.GetProperty("scenes").EnumerateArray().Should().OnlyContain(s => s.GetProperty("assets").EnumerateArray().Count(a => a.GetProperty("kind").GetString() == "clip") == 2,
            "the earlier clip is kept beside the new one");
        unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("from");
        mistyped.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("from");
        mistyped.ToString().Should().NotContain("System.", "the parser's message (naming .NET types) is not the client's");
    }

    [Fact]
    public async Task Duplicated_and_out_of_order_results_change_nothing_twice()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);

        var storyboard = (await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single();
        var generated = Answers.Storyboard(storyboard);
        var redelivered = Guid.NewGuid();
        await Harness.PublishAsync(generated, redelivered);
        await Harness.PublishAsync(generated, redelivered);
        await Harness.PublishAsync(generated);
        var images = await Harness.WaitForAsync<ImageRequested>(projectId, 3);

        // Images answered last scene first, each twice (once as a redelivery of the same message, once published again), with progress after the result.
        var stored = new List<ImageStored>();
        foreach (var image in images.OrderByDescending(i => i.Variation))
        {
            var answer = Answers.Image(image);
            stored.Add(answer);
            var messageId = Guid.NewGuid();
            await Harness.PublishAsync(answer, messageId);
            await Harness.PublishAsync(answer, messageId);
            await Harness.PublishAsync(answer);
            await Harness.PublishAsync(Answers.Progress(image.RequestId, image.CompanyId, projectId, image.SceneId, GenerationStages.Image, 30));
        }
        var clips = await Harness.WaitForAsync<VideoRequested>(projectId, 3);
        foreach (var clip in clips)
        {
            var answer = Answers.Clip(clip);
            await Harness.PublishAsync(Answers.Progress(clip.RequestId, clip.CompanyId, projectId, clip.SceneId, GenerationStages.Clip, 80));
            await Harness.PublishAsync(Answers.Progress(clip.RequestId, clip.CompanyId, projectId, clip.SceneId, GenerationStages.Clip, 40));
            await Harness.PublishAsync(answer);
            await Harness.PublishAsync(answer);
        }
        var final = (await Harness.WaitForAsync<VideoRequested>(projectId, 4)).Single(v => v.Kind == VideoKinds.Final);
        var video = Answers.Final(final);
        await Harness.PublishAsync(video);
        await Harness.PublishAsync(video);
        await Api.WaitForStatusAsync(admin, projectId, "completed");
        await Harness.PublishAsync(Answers.Failure(final));
        await Harness.WaitForAsync<ProjectCompleted>(projectId);
        await fixture.SettledAsync(projectId);

        var project = await Api.ProjectAsync(admin, projectId);
        project.GetProperty("status").GetString().Should().Be("completed", "a failure after the result changes nothing");
        project.GetProperty("scenes").EnumerateArray().Should().OnlyContain(s => s.GetProperty("assets").GetArrayLength() == 3);
        Harness.Of<ImageRequested>(projectId).Should().HaveCount(3);
        Harness.Of<VideoRequested>(projectId).Should().HaveCount(4, "one clip per scene and one final video, each asked once");
        Harness.Of<ProjectCompleted>(projectId).Should().ContainSingle();
        var activity = await AllActivityAsync(admin, projectId);
        activity.Select(a => a.GetProperty("sequence").GetInt64()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        activity.Where(a => a.GetProperty("type").GetString() == "storyboard_applied").Should().ContainSingle();
        activity.Where(a => a.GetProperty("type").GetString() == "project_status").Select(a => a.GetProperty("status").GetString())
            .Should().Equal("draft", "storyboarding", "generating", "rendering", "completed");
        foreach (var request in activity.Where(a => a.GetProperty("type").GetString() == "scene_progress").GroupBy(a => a.GetProperty("requestId").GetGuid()))
        {
            request.Select(a => a.GetProperty("percent").GetInt32()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems(
                "an older percent arriving after a newer one is stale, and progress arriving after the result changes nothing");
        }
    }

    [Fact]
    public async Task A_late_result_for_a_removed_scene_is_recorded_and_ignored_and_its_job_is_cancelled()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Two", prompt = "Two scenes", sceneCount = 2 })).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Harness.PublishAsync(Answers.Storyboard((await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single()));
        var images = (await Harness.WaitForAsync<ImageRequested>(projectId, 2)).OrderBy(i => i.Variation).ToList();
        await Harness.PublishAsync(Answers.Failure(images[0]));
        await Api.WaitForStatusAsync(admin, projectId, "failed");

        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/projects/{projectId}/scenes/{images[1].SceneId}", admin), HttpStatusCode.NoContent);
        var cancelled = await Eventually.Until(() => Task.FromResult(Harness.All<GenerationCancellationRequested>().Where(c => c.RequestId == images[1].RequestId).ToList()),
            found => found.Count > 0, "the removed scene's job is cancelled");
        await Harness.PublishAsync(Answers.Image(images[1]));

        var ignored = await Eventually.Until(() => AllActivityAsync(admin, projectId),
            entries => entries.Any(e => e.GetProperty("type").GetString() == "result_ignored"), "the late result is recorded as ignored");
        ignored.Last(e => e.GetProperty("type").GetString() == "result_ignored").GetProperty("requestId").GetGuid().Should().Be(images[1].RequestId);
        cancelled.Should().ContainSingle().Which.CompanyId.Should().Be(admin.CompanyId);
        var project = await Api.ProjectAsync(admin, projectId);
        project.GetProperty("scenes").GetArrayLength().Should().Be(1);
        project.GetProperty("status").GetString().Should().Be("failed");
    }

    [Fact]
    public async Task Deleting_a_project_announces_it_and_results_arriving_afterwards_change_nothing()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var storyboard = (await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single();

        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/projects/{projectId}", admin), HttpStatusCode.NoContent);
        var deleted = (await Harness.WaitForAsync<ProjectDeleted>(projectId)).Single();
        await Harness.PublishAsync(Answers.Storyboard(storyboard));
        await Harness.PublishAsync(Answers.Failure(storyboard));

        deleted.Should().BeEquivalentTo(new { ProjectId = projectId, admin.CompanyId, UserId = (Guid?)admin.UserId });
        await fixture.SettledAsync(projectId);
        (await Api.GetAsync($"/api/projects/{projectId}", admin)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await using var db = fixture.OpenDatabase();
        (await db.Scenes.CountAsync(s => s.ProjectId == projectId)).Should().Be(0, "a result for a deleted project creates nothing");
        Harness.Of<ImageRequested>(projectId).Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_storyboard_fails_the_project_and_a_new_generate_starts_over()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Harness.PublishAsync(Answers.Failure((await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single(), "model_unavailable", "No model."));

        var failed = await Api.WaitForStatusAsync(admin, projectId, "failed");
        failed.GetProperty("failure").GetProperty("stage").GetString().Should().Be("storyboard");
        failed.GetProperty("failure").GetProperty("code").GetString().Should().Be("model_unavailable");

        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Harness.WaitForAsync<StoryboardRequested>(projectId, 2);
        (await Api.ProjectAsync(admin, projectId)).GetProperty("status").GetString().Should().Be("storyboarding");
    }

    [Fact]
    public async Task The_event_stream_ends_when_the_project_fails_and_a_reconnect_after_the_end_is_told_to_stop()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await using var events = await SseClient.ConnectAsync(Api.Http, projectId, admin.Token);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);

        await Harness.PublishAsync(Answers.Failure((await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single(), "model_unavailable", "No model."));
        await events.WaitClosedAsync();

        events.Events.Where(e => e.Event == "project_status").Select(e => e.Data.GetProperty("status").GetString()).Should().Equal("draft", "storyboarding", "failed");
        events.Events.Last(e => e.Event == "project_status").Data.GetProperty("message").GetString().Should().Be("No model.");
        await using var again = await SseClient.ConnectAsync(Api.Http, projectId, admin.Token, events.Events.Max(e => e.Id));
        again.Response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await using var fromStart = await SseClient.ConnectAsync(Api.Http, projectId, admin.Token);
        await fromStart.WaitClosedAsync();
        fromStart.Events.Select(e => e.Id).Should().Equal(events.Events.Select(e => e.Id), "a new subscriber of a failed project gets its whole history, then the end");
    }

    [Fact]
    public async Task A_quiet_stream_sends_heartbeats_and_a_refused_subscriber_gets_a_problem()
    {
        var admin = await Accounts.AdminAsync();
        var stranger = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();

        await using var events = await SseClient.ConnectAsync(Api.Http, projectId, admin.Token);
        await Eventually.True(() => events.Comments.Count(c => c == "heartbeat") >= 3, "heartbeats keep the quiet connection alive");
        await using var refused = await SseClient.ConnectAsync(Api.Http, projectId, stranger.Token);
        using var badResume = new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{projectId}/events");
        badResume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        badResume.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        badResume.Headers.Add("Last-Event-ID", "yesterday");
        var badResumeProblem = await ProjectsClient.ProblemAsync(await Api.Http.SendAsync(badResume), HttpStatusCode.BadRequest);

        events.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        events.Events.Should().ContainSingle(e => e.Event == "project_status").Which.Data.GetProperty("status").GetString().Should().Be("draft");
        events.Closed.Should().BeFalse("a draft project's stream stays open");
        refused.Response.StatusCode.Should().Be(HttpStatusCode.NotFound, "another company's project has no stream");
        refused.Response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", "an EventSource client is answered a problem too");
        badResumeProblem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("lastEventId");
    }

    [Fact]
    public async Task Work_on_a_busy_project_is_refused_and_a_render_without_clips_names_the_scenes()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Busy", prompt = "Busy", sceneCount = 2 })).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/storyboard", admin), HttpStatusCode.Accepted);

        var busy = await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Conflict);
        busy.GetProperty("code").GetString().Should().Be("project_busy");
        await Harness.PublishAsync(Answers.Storyboard((await Harness.WaitForAsync<StoryboardRequested>(projectId)).Single()));
        var ready = await Api.WaitForStatusAsync(admin, projectId, "storyboard_ready");
        var render = await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/projects/{projectId}/render", admin), HttpStatusCode.Conflict);

        render.GetProperty("code").GetString().Should().Be("scenes_without_clip");
        render.GetProperty("sceneIds").EnumerateArray().Select(e => e.GetGuid())
            .Should().Equal(ready.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        render.GetProperty("detail").GetString().Should().Contain("Scene 1").And.Contain("Scene 2");
        var clip = await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/projects/{projectId}/scenes/{ready.GetProperty("scenes")[0].GetProperty("id").GetGuid()}/video", admin),
            HttpStatusCode.Conflict);
        clip.GetProperty("code").GetString().Should().Be("scene_without_image");
        Harness.Of<StoryboardRequested>(projectId).Should().ContainSingle();
        Harness.Of<VideoRequested>(projectId).Should().BeEmpty();
    }

    [Fact]
    public async Task A_start_repeated_with_its_idempotency_key_answers_the_first_response_and_starts_once()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin)).GetProperty("id").GetGuid();
        Harness.Hold(projectId);
        var key = Guid.NewGuid().ToString();

        var first = await Api.SendAsync(HttpMethod.Post, $"/api/projects/{projectId}/generate", admin.Token, new { from = "storyboard" },
            request => request.Headers.Add("Idempotency-Key", key));
        var again = await Api.SendAsync(HttpMethod.Post, $"/api/projects/{projectId}/generate", admin.Token, new { from = "storyboard" },
            request => request.Headers.Add("Idempotency-Key", key));
        var other = await Api.SendAsync(HttpMethod.Post, $"/api/projects/{projectId}/generate", admin.Token, new { from = "images" },
            request => request.Headers.Add("Idempotency-Key", key));

        var firstBody = await ProjectsClient.ExpectAsync(first, HttpStatusCode.Accepted);
        var againBody = await ProjectsClient.ExpectAsync(again, HttpStatusCode.Accepted);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        againBody.GetProperty("requestId").GetGuid().Should().Be(firstBody.GetProperty("requestId").GetGuid());
        await ProjectsClient.ProblemAsync(other, HttpStatusCode.Conflict);
        await Harness.WaitForAsync<StoryboardRequested>(projectId);
        await fixture.SettledAsync(projectId);
        Harness.Of<StoryboardRequested>(projectId).Should().ContainSingle();
    }

    [Fact]
    public async Task An_image_can_start_from_the_previous_scenes_last_frame_and_reference_the_companys_images()
    {
        var admin = await Accounts.AdminAsync();
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Seeds", prompt = "Seeds", sceneCount = 2 })).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var completed = await Api.WaitForStatusAsync(admin, projectId, "completed");
        var (first, second) = (completed.GetProperty("scenes")[0], completed.GetProperty("scenes")[1]);
        var reference = await fixture.Media.ImageAsync(admin);

        var started = await Api.PostAsync($"/api/projects/{projectId}/scenes/{second.GetProperty("id").GetGuid()}/image", admin,
            new { prompt = "Closer", referenceFileIds = new[] { reference }, useSeedFrame = true });

        var requestId = (await ProjectsClient.ExpectAsync(started, HttpStatusCode.Accepted)).GetProperty("requestId").GetGuid();
        var request = (await Harness.WaitForAsync<ImageRequested>(projectId, where: i => i.RequestId == requestId)).Single();
        var seedFrame = first.GetProperty("assets").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "seed_frame");
        request.SeedFrameSourceFileId.Should().Be(seedFrame.GetProperty("fileId").GetGuid());
        request.Prompt.Should().Be("Closer");
        request.ReferenceFileIds.Should().Equal(reference);
        await Eventually.True(async () => (await Api.ProjectAsync(admin, projectId)).GetProperty("scenes")[1].GetProperty("assets").GetArrayLength() == 4,
            "the new image is kept beside the old one");
        var scene = (await Api.ProjectAsync(admin, projectId)).GetProperty("scenes")[1];
        scene.GetProperty("status").GetString().Should().Be("image_ready");
        scene.GetProperty("selectedImage").GetProperty("requestId").GetGuid().Should().Be(requestId);
    }

    private async Task<List<JsonElement>> AllActivityAsync(Account account, Guid projectId)
    {
        var entries = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{projectId}/activity?limit=100{(cursor is null ? "" : $"&cursor={cursor}")}", account),
                HttpStatusCode.OK);
            entries.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return entries;
    }
}
