namespace AiVideo.Projects.UnitTests;

/// <summary>Every move of the project's state machine, legal and illegal, through the methods that make them.</summary>
public sealed class ProjectStatusTests
{
    private readonly Given _given = new();

    public static TheoryData<string> ProjectLevelStarts => new() { "storyboard", "generate", "render", "image", "clip" };

    private Result<IReadOnlyList<GenerationRequest>> Start(Project project, string what)
    {
        var scene = project.Scenes.FirstOrDefault()?.Id ?? Guid.CreateVersion7();
        return what switch
        {
            "storyboard" => project.RequestStoryboard(Given.Owner, false, _given.Now),
            "generate" => project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now),
            "render" => project.Render(Given.Owner, _given.Now),
            "image" => project.RequestImage(scene, ImageOptions.Default, Given.Owner, _given.Now),
            _ => project.RequestClip(scene, Given.Owner, _given.Now),
        };
    }

    [Fact]
    public void Draft_to_storyboarding_to_storyboard_ready()
    {
        var project = _given.Project();

        var request = project.RequestStoryboard(Given.Owner, false, _given.Now).Value.Should().ContainSingle().Which.Should().BeOfType<StoryboardRequest>().Subject;
        project.Status.Should().Be(ProjectStatus.Storyboarding);
        project.StoryboardRequestId.Should().Be(request.RequestId);
        request.Should().BeEquivalentTo(new { Prompt = project.Prompt, Style = "cinematic", Mood = "neutral", SceneCount = 3, AspectRatio = "16:9", TargetDurationSeconds = 30 });

        project.ApplyStoryboard(request.RequestId, Given.Storyboard(3), _given.Now).NextRequests.Should().BeEmpty();
        project.Status.Should().Be(ProjectStatus.StoryboardReady);
        project.Scenes.Should().HaveCount(3).And.OnlyContain(s => s.Status == SceneStatus.Pending);
        project.Overview.Should().Be("A car at dawn.");
        project.StoryboardTitle.Should().Be("Dawn run");
    }

    [Theory]
    [MemberData(nameof(ProjectLevelStarts))]
    public void Nothing_starts_while_storyboarding(string what)
    {
        var project = _given.WithScenes();
        project.RequestStoryboard(Given.Owner, true, _given.Now);
        var revision = project.Revision;

        Start(project, what).Error!.Code.Should().Be("project_busy");
        project.Revision.Should().Be(revision, "a refused start changes nothing");
    }

    [Theory]
    [MemberData(nameof(ProjectLevelStarts))]
    public void Nothing_starts_while_generating(string what)
    {
        var project = _given.WithScenes();
        project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now);

        project.Status.Should().Be(ProjectStatus.Generating);
        Start(project, what).Error!.Should().Match<Error>(e => e.Code == "project_busy" && e.Kind == ErrorKind.Conflict && e.Message.Contains("generating"));
    }

    [Theory]
    [MemberData(nameof(ProjectLevelStarts))]
    public void Nothing_starts_while_rendering(string what)
    {
        var project = _given.WithClips();
        project.Render(Given.Owner, _given.Now).IsSuccess.Should().BeTrue();

        project.Status.Should().Be(ProjectStatus.Rendering);
        Start(project, what).Error!.Code.Should().Be("project_busy");
    }

    [Fact]
    public void Scenes_are_neither_added_deleted_nor_reordered_while_the_project_is_busy()
    {
        var project = _given.WithScenes();
        var ids = project.Scenes.Select(s => s.Id).Reverse().ToList();
        project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now);

        project.AddScene(Given.Scene(), null, _given.Now).Error!.Code.Should().Be("project_busy");
        project.DeleteScene(ids[0], _given.Now).Error!.Code.Should().Be("project_busy");
        project.ReorderScenes(ids, _given.Now).Error!.Code.Should().Be("project_busy");
        project.Scenes.Should().HaveCount(3);
    }

    [Fact]
    public void Render_before_every_scene_has_a_clip_names_the_scenes_without_one()
    {
        var project = _given.WithClips(2);
        var third = project.AddScene(Given.Scene("Late addition"), null, _given.Now).Value;

        var error = project.Render(Given.Owner, _given.Now).Error!;

        error.Code.Should().Be("scenes_without_clip");
        error.Kind.Should().Be(ErrorKind.Conflict);
        error.Message.Should().Contain("Late addition").And.Contain(third.Id.ToString());
        error.Details["sceneIds"].Should().BeEquivalentTo(new[] { third.Id });
        project.Status.Should().Be(ProjectStatus.StoryboardReady);
        project.Requests.Should().NotContain(r => r.Kind == RequestKind.Render);
    }

    [Fact]
    public void Render_of_a_project_without_scenes_is_refused() =>
        _given.Project().Render(Given.Owner, _given.Now).Error!.Code.Should().Be("no_scenes");

    [Fact]
    public void Storyboard_ready_to_rendering_to_completed()
    {
        var project = _given.WithClips();

        var render = project.Render(Given.Owner, _given.Now).Value.Single().Should().BeOfType<RenderRequest>().Subject;
        project.Status.Should().Be(ProjectStatus.Rendering);
        var final = Given.Final();
        var handled = project.ApplyVideo(render.RequestId, final, _given.Now);

        project.Status.Should().Be(ProjectStatus.Completed);
        project.ProgressPercent.Should().Be(100);
        project.FinalVideo!.FileId.Should().Be(final.FileId);
        project.FinalVideo.HlsPlaylistKey.Should().Be("hls/master.m3u8");
        project.CompletedAt.Should().NotBeNull();
        handled.Completion.Should().BeEquivalentTo(new ProjectCompletion(project.Id, Given.Company, Given.Owner, final.FileId, final.DurationSeconds, project.CompletedAt!.Value));
    }

    [Fact]
    public void A_failed_storyboard_fails_the_project_with_the_reason()
    {
        var project = _given.Project();
        var request = project.RequestStoryboard(Given.Owner, false, _given.Now).Value.Single();

        project.ApplyFailure(request.RequestId, "provider_unavailable", "The story writer did not answer.", _given.Now).Applied.Should().BeTrue();

        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure.Should().BeEquivalentTo(new { Stage = "storyboard", Code = "provider_unavailable", Message = "The story writer did not answer.", SceneId = (Guid?)null });
        project.FindRequest(request.RequestId)!.State.Should().Be(RequestState.Failed);
    }

    [Fact]
    public void An_empty_storyboard_fails_the_project()
    {
        var project = _given.Project();
        var request = project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now).Value.Single();

        project.ApplyStoryboard(request.RequestId, new StoryboardResult("t", "o", []), _given.Now).NextRequests.Should().BeEmpty();

        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure!.Code.Should().Be("empty_storyboard");
    }

    [Fact]
    public void A_failed_render_fails_the_project_and_a_new_render_completes_it()
    {
        var project = _given.WithClips();
        var first = project.Render(Given.Owner, _given.Now).Value.Single();

        project.ApplyFailure(first.RequestId, "ffmpeg_failed", "Exit code 1.", _given.Now);
        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure!.Stage.Should().Be("final");

        var second = project.Render(Given.Owner, _given.Now).Value.Single();
        project.Failure.Should().BeNull();
        project.ApplyVideo(second.RequestId, Given.Final(), _given.Now).Completion.Should().NotBeNull();
        project.Status.Should().Be(ProjectStatus.Completed);
    }

    [Fact]
    public void A_completed_project_can_be_storyboarded_again_and_keeps_its_final_video_meanwhile()
    {
        var project = _given.WithClips();
        var render = project.Render(Given.Owner, _given.Now).Value.Single();
        project.ApplyVideo(render.RequestId, Given.Final(), _given.Now);

        project.RequestStoryboard(Given.Owner, true, _given.Now).IsSuccess.Should().BeTrue();

        project.Status.Should().Be(ProjectStatus.Storyboarding);
        project.FinalVideo.Should().NotBeNull();
    }

    [Fact]
    public void Generate_from_images_needs_scenes_and_from_clips_needs_every_image()
    {
        _given.Project().Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Error!.Code.Should().Be("no_scenes");
        _given.Project().Generate(GenerateFrom.Clips, Given.Owner, false, _given.Now).Error!.Code.Should().Be("no_scenes");

        var project = _given.WithScenes(2);
        var first = project.Scenes[0];
        var image = project.RequestImage(first.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now);

        var error = project.Generate(GenerateFrom.Clips, Given.Owner, false, _given.Now).Error!;
        error.Code.Should().Be("scenes_without_image");
        error.Details["sceneIds"].Should().BeEquivalentTo(new[] { project.Scenes[1].Id });
        project.Status.Should().Be(ProjectStatus.StoryboardReady);
    }

    [Fact]
    public void A_scene_moves_pending_generating_image_image_ready_generating_video_video_ready()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes.Single();
        var seen = new List<SceneStatus> { scene.Status };

        var image = project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        seen.Add(scene.Status);
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now);
        seen.Add(scene.Status);
        var clip = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();
        seen.Add(scene.Status);
        project.ApplyVideo(clip.RequestId, Given.Clip(), _given.Now);
        seen.Add(scene.Status);

        seen.Should().Equal(SceneStatus.Pending, SceneStatus.GeneratingImage, SceneStatus.ImageReady, SceneStatus.GeneratingVideo, SceneStatus.VideoReady);
        project.Status.Should().Be(ProjectStatus.StoryboardReady, "work on single scenes leaves the project's status alone");
    }

    [Fact]
    public void A_scene_without_an_image_gets_no_clip_and_a_busy_scene_takes_no_request()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes.Single();

        project.RequestClip(scene.Id, Given.Owner, _given.Now).Error!.Code.Should().Be("scene_without_image");
        project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).IsSuccess.Should().BeTrue();
        project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Error!.Code.Should().Be("scene_busy");
        project.RequestClip(scene.Id, Given.Owner, _given.Now).Error!.Code.Should().Be("scene_busy");
        project.RequestImage(Guid.CreateVersion7(), ImageOptions.Default, Given.Owner, _given.Now).Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public void A_failed_scene_outside_a_run_fails_only_the_scene()
    {
        var project = _given.WithScenes(2);
        var scene = project.Scenes[0];
        var image = project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();

        project.ApplyFailure(image.RequestId, "content_policy", "The prompt was refused.", _given.Now);

        scene.Status.Should().Be(SceneStatus.Failed);
        scene.FailureReason.Should().Be("The prompt was refused.");
        project.Status.Should().Be(ProjectStatus.StoryboardReady);
        project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).IsSuccess.Should().BeTrue("a failed scene can be asked again");
    }
}
