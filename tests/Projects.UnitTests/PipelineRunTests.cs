using AiVideo.Projects.Domain.Activity;

namespace AiVideo.Projects.UnitTests;

/// <summary>The process manager driven by results as generation would send them: in order, out of order, twice, late, failed.</summary>
public sealed class PipelineRunTests
{
    private readonly Given _given = new();

    [Fact]
    public void A_whole_generate_run_goes_storyboard_images_clips_render_completed()
    {
        var project = _given.Project();

        var storyboard = project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now).Value.Single().Should().BeOfType<StoryboardRequest>().Subject;
        project.Status.Should().Be(ProjectStatus.Storyboarding);

        var images = project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(3), _given.Now).NextRequests;
        project.Status.Should().Be(ProjectStatus.Generating);
        images.Should().HaveCount(3).And.AllBeOfType<ImageRequest>();
        images.Cast<ImageRequest>().Select(i => i.SceneId).Should().Equal(project.Scenes.Select(s => s.Id), "every scene's image is asked for at once");
        images.Cast<ImageRequest>().Should().OnlyContain(i => i.Width == 1280 && i.Height == 720 && i.Style == "cinematic" && i.NegativePrompt == "blurry");
        project.Scenes.Should().OnlyContain(s => s.Status == SceneStatus.GeneratingImage);

        // Images arrive out of order; each scene's clip is asked for as soon as its image is there.
        var clips = new List<ClipRequest>();
        foreach (var image in images.Cast<ImageRequest>().Reverse())
        {
            var file = Given.Image();
            var handled = project.ApplyImage(image.RequestId, file, _given.Now);
            var clip = handled.NextRequests.Should().ContainSingle().Which.Should().BeOfType<ClipRequest>().Subject;
            clip.SceneId.Should().Be(image.SceneId);
            clip.ImageFileId.Should().Be(file.FileId);
            clip.Seconds.Should().Be(5);
            clips.Add(clip);
        }

        // Clips arrive; the last one brings the final render.
        var lastHandled = clips.Select((clip, i) => project.ApplyVideo(clip.RequestId, Given.Clip(4 + i), _given.Now)).ToList();
        lastHandled.Take(2).Should().OnlyContain(h => h.Applied && h.NextRequests.Count == 0);
        var render = lastHandled[2].NextRequests.Should().ContainSingle().Which.Should().BeOfType<RenderRequest>().Subject;
        project.Status.Should().Be(ProjectStatus.Rendering);
        render.Clips.Select(c => c.SceneId).Should().Equal(project.Scenes.Select(s => s.Id), "clips play in scene order");
        render.Clips.Select(c => c.FileId).Should().Equal(project.Scenes.Select(s => s.SelectedClip!.FileId));
        render.Narration.Select(n => n.Text).Should().OnlyContain(t => t == "Words over the scene.");
        render.Voice!.Name.Should().Be("en-us");
        (render.Width, render.Height, render.Fps).Should().Be((1280, 720, 30));

        var completed = project.ApplyVideo(render.RequestId, Given.Final(), _given.Now);
        completed.Completion.Should().NotBeNull();
        project.Status.Should().Be(ProjectStatus.Completed);
        project.Requests.Should().HaveCount(1 + 3 + 3 + 1).And.OnlyContain(r => r.State == RequestState.Succeeded);
    }

    [Fact]
    public void The_activity_tells_the_run_in_order_with_gapless_numbers()
    {
        var project = _given.Project();
        var storyboard = project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now).Value.Single();
        var images = project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(1), _given.Now).NextRequests;
        var clip = project.ApplyImage(images[0].RequestId, Given.Image(), _given.Now).NextRequests.Single();
        var render = project.ApplyVideo(clip.RequestId, Given.Clip(), _given.Now).NextRequests.Single();
        project.ApplyVideo(render.RequestId, Given.Final(), _given.Now);

        var activity = project.TakeActivity();

        activity.Select(a => a.Sequence).Should().Equal(Enumerable.Range(1, activity.Count).Select(i => (long)i));
        project.ActivitySequence.Should().Be(activity.Count);
        activity.Where(a => a.Type == ActivityType.ProjectStatus).Select(a => a.Status)
            .Should().Equal("draft", "storyboarding", "generating", "rendering", "completed");
        activity.Where(a => a.Type == ActivityType.SceneStatus).Select(a => a.Status)
            .Should().Equal("generating_image", "image_ready", "generating_video", "video_ready");
        activity.Where(a => a.Type == ActivityType.ProjectProgress).Select(a => a.Percent!.Value).Should().BeInAscendingOrder().And.EndWith(100);
        activity.Should().ContainSingle(a => a.Type == ActivityType.StoryboardApplied);
        project.PendingActivity.Should().BeEmpty("taken entries are handed over once");
    }

    [Fact]
    public void Duplicated_results_change_nothing_twice()
    {
        var project = _given.Project();
        var storyboard = project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now).Value.Single();
        var images = project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(2), _given.Now).NextRequests;
        var file = Given.Image();
        var clip = project.ApplyImage(images[0].RequestId, file, _given.Now).NextRequests.Single();
        project.TakeActivity();
        var revision = project.Revision;

        project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(2), _given.Now).Disposition.Should().Be(ResultDisposition.AlreadySettled);
        var again = project.ApplyImage(images[0].RequestId, file, _given.Now);
        project.ApplyFailure(images[0].RequestId, "late", "A failure after the result.", _given.Now).Disposition.Should().Be(ResultDisposition.AlreadySettled);
        project.ApplyProgress(images[0].RequestId, 50, _given.Now).Disposition.Should().Be(ResultDisposition.AlreadySettled);

        again.Disposition.Should().Be(ResultDisposition.AlreadySettled);
        again.NextRequests.Should().BeEmpty("the clip was asked for once");
        project.Scenes.Should().HaveCount(2);
        project.Scenes[0].Assets.Should().ContainSingle();
        project.Scenes[0].Status.Should().Be(SceneStatus.GeneratingVideo);
        project.Scenes[0].CurrentClipRequestId.Should().Be(clip.RequestId);
        project.Revision.Should().Be(revision);
        project.PendingActivity.Should().BeEmpty();
    }

    [Fact]
    public void A_duplicate_of_the_last_clip_does_not_render_twice()
    {
        var project = _given.WithScenes(1);
        var image = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value.Single();
        var clip = project.ApplyImage(image.RequestId, Given.Image(), _given.Now).NextRequests.Single();
        var video = Given.Clip();

        project.ApplyVideo(clip.RequestId, video, _given.Now).NextRequests.Should().ContainSingle().Which.Should().BeOfType<RenderRequest>();
        project.ApplyVideo(clip.RequestId, video, _given.Now).NextRequests.Should().BeEmpty();

        project.Requests.Count(r => r.Kind == RequestKind.Render).Should().Be(1);
    }

    [Fact]
    public void A_result_for_a_superseded_request_is_recorded_as_ignored_and_its_file_kept()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes.Single();
        var manual = project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        var rerun = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value.Single();
        project.TakeActivity();

        var late = Given.Image();
        var handled = project.ApplyImage(manual.RequestId, late, _given.Now);

        handled.Disposition.Should().Be(ResultDisposition.Superseded);
        handled.NextRequests.Should().BeEmpty();
        project.FindRequest(manual.RequestId)!.State.Should().Be(RequestState.Superseded);
        scene.Status.Should().Be(SceneStatus.GeneratingImage);
        scene.CurrentImageRequestId.Should().Be(rerun.RequestId);
        scene.SelectedImageId.Should().BeNull("a late result is not used");
        scene.Assets.Should().ContainSingle(a => a.FileId == late.FileId && a.RequestId == manual.RequestId, "a rerun never loses a result");
        project.PendingActivity.Should().ContainSingle(a => a.Type == ActivityType.ResultIgnored && a.RequestId == manual.RequestId);

        project.ApplyImage(rerun.RequestId, Given.Image(), _given.Now).NextRequests.Should().ContainSingle().Which.Should().BeOfType<ClipRequest>();
        scene.Assets.Should().HaveCount(2);
    }

    [Fact]
    public void A_result_for_an_unknown_request_changes_nothing_but_is_recorded()
    {
        var project = _given.WithScenes(1);
        project.TakeActivity();
        var unknown = Guid.CreateVersion7();

        project.ApplyImage(unknown, Given.Image(), _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);
        project.ApplyVideo(unknown, Given.Clip(), _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);
        project.ApplyFailure(unknown, "x", "y", _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);
        project.ApplyProgress(unknown, 10, _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);

        project.Scenes.Single().Assets.Should().BeEmpty();
        project.PendingActivity.Should().HaveCount(3).And.OnlyContain(a => a.Type == ActivityType.ResultIgnored);
    }

    [Fact]
    public void A_result_of_the_wrong_kind_for_a_request_is_unknown()
    {
        var project = _given.WithScenes(1);
        var image = project.RequestImage(project.Scenes[0].Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();

        project.ApplyStoryboard(image.RequestId, Given.Storyboard(2), _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);
        project.ApplyVideo(image.RequestId, Given.Clip(), _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest);

        project.Scenes.Should().ContainSingle().Which.Status.Should().Be(SceneStatus.GeneratingImage);
    }

    [Fact]
    public void A_failed_scene_fails_the_run_and_its_rerun_resumes_it()
    {
        var project = _given.WithScenes(3);
        var images = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value.Cast<ImageRequest>().ToList();
        var failed = project.FindScene(images[1].SceneId)!;

        project.ApplyFailure(images[1].RequestId, "provider_error", "The image provider answered 500.", _given.Now).Applied.Should().BeTrue();

        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure.Should().BeEquivalentTo(new { Stage = "image", SceneId = (Guid?)failed.Id, Message = "The image provider answered 500.", RequestId = (Guid?)images[1].RequestId });
        failed.Status.Should().Be(SceneStatus.Failed);

        // The other scenes' images still land, but the failed run asks for nothing more.
        project.ApplyImage(images[0].RequestId, Given.Image(), _given.Now).NextRequests.Should().BeEmpty();
        project.ApplyImage(images[2].RequestId, Given.Image(), _given.Now).NextRequests.Should().BeEmpty();
        project.Scenes.Count(s => s.Status == SceneStatus.ImageReady).Should().Be(2);

        // Asking the failed scene again resumes the run: its image, and the clips the others were waiting for.
        var resumed = project.RequestImage(failed.Id, ImageOptions.Default, Given.Owner, _given.Now).Value;
        project.Status.Should().Be(ProjectStatus.Generating);
        project.Failure.Should().BeNull();
        resumed.Should().HaveCount(3);
        resumed[0].Should().BeOfType<ImageRequest>().Which.SceneId.Should().Be(failed.Id);
        resumed.Skip(1).Should().AllBeOfType<ClipRequest>();

        var clips = resumed.OfType<ClipRequest>().ToList();
        clips.Add((ClipRequest)project.ApplyImage(resumed[0].RequestId, Given.Image(), _given.Now).NextRequests.Single());
        var render = clips.SelectMany(c => project.ApplyVideo(c.RequestId, Given.Clip(), _given.Now).NextRequests).Should().ContainSingle().Subject;
        project.ApplyVideo(render.RequestId, Given.Final(), _given.Now).Completion.Should().NotBeNull();
        project.Status.Should().Be(ProjectStatus.Completed);
    }

    [Fact]
    public void A_clip_failure_in_a_run_is_resumed_by_asking_for_the_clip_again()
    {
        var project = _given.WithScenes(1);
        var image = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value.Single();
        var clip = project.ApplyImage(image.RequestId, Given.Image(), _given.Now).NextRequests.Single();
        project.ApplyFailure(clip.RequestId, "timeout", "The clip took too long.", _given.Now);
        project.Failure!.Stage.Should().Be("clip");

        var resumed = project.RequestClip(project.Scenes[0].Id, Given.Owner, _given.Now).Value;

        resumed.Should().ContainSingle().Which.Should().BeOfType<ClipRequest>();
        project.Status.Should().Be(ProjectStatus.Generating);
        project.ApplyVideo(resumed[0].RequestId, Given.Clip(), _given.Now).NextRequests.Should().ContainSingle().Which.Should().BeOfType<RenderRequest>();
    }

    [Fact]
    public void With_two_failed_scenes_the_run_resumes_only_when_both_were_asked_again()
    {
        var project = _given.WithScenes(2);
        var images = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value;
        project.ApplyFailure(images[0].RequestId, "e1", "first", _given.Now);
        project.ApplyFailure(images[1].RequestId, "e2", "second", _given.Now);
        project.Failure!.SceneId.Should().Be(project.Scenes[0].Id, "the first failure failed the run");

        var first = project.RequestImage(project.Scenes[0].Id, ImageOptions.Default, Given.Owner, _given.Now).Value;
        first.Should().ContainSingle();
        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure!.SceneId.Should().Be(project.Scenes[1].Id, "the project now names the scene still failed");
        project.Failure.Message.Should().Be("second");

        var second = project.RequestImage(project.Scenes[1].Id, ImageOptions.Default, Given.Owner, _given.Now).Value;
        second.Should().ContainSingle();
        project.Status.Should().Be(ProjectStatus.Generating);
        project.ApplyImage(first[0].RequestId, Given.Image(), _given.Now).NextRequests.Should().ContainSingle().Which.Should().BeOfType<ClipRequest>();
    }

    [Fact]
    public void A_rerun_of_a_healthy_scene_does_not_resume_a_run_failed_on_another()
    {
        var project = _given.WithScenes(2);
        var images = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value;
        project.ApplyFailure(images[1].RequestId, "e", "broken", _given.Now);
        project.ApplyImage(images[0].RequestId, Given.Image(), _given.Now).NextRequests.Should().BeEmpty();

        project.RequestClip(project.Scenes[0].Id, Given.Owner, _given.Now).Value.Should().ContainSingle();

        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure!.SceneId.Should().Be(project.Scenes[1].Id);
    }

    [Fact]
    public void A_render_failure_in_a_run_is_resumed_by_generating_from_render()
    {
        var project = _given.WithClips(2);
        var render = project.Generate(GenerateFrom.Render, Given.Owner, false, _given.Now).Value.Single();
        project.ApplyFailure(render.RequestId, "compose_failed", "ffmpeg exited with 1.", _given.Now);
        project.Failure!.Should().Match<ProjectFailure>(f => f.Stage == "final" && f.SceneId == null);

        var again = project.Generate(GenerateFrom.Render, Given.Owner, false, _given.Now).Value.Single();

        project.ApplyVideo(again.RequestId, Given.Final(), _given.Now).Completion.Should().NotBeNull();
    }

    [Fact]
    public void Generate_from_clips_makes_new_clips_from_the_selected_images()
    {
        var project = _given.WithClips(2);
        var oldClips = project.Scenes.Select(s => s.SelectedClipId).ToList();

        var clips = project.Generate(GenerateFrom.Clips, Given.Owner, false, _given.Now).Value.Cast<ClipRequest>().ToList();

        clips.Select(c => c.ImageFileId).Should().Equal(project.Scenes.Select(s => s.SelectedImage!.FileId));
        project.Scenes.Should().OnlyContain(s => s.Status == SceneStatus.GeneratingVideo);
        project.ApplyVideo(clips[0].RequestId, Given.Clip(), _given.Now).NextRequests.Should().BeEmpty();
        var render = project.ApplyVideo(clips[1].RequestId, Given.Clip(), _given.Now).NextRequests.Single();
        render.Should().BeOfType<RenderRequest>();
        project.Scenes.Select(s => s.SelectedClipId).Should().NotIntersectWith(oldClips.Cast<Guid?>());
    }

    [Fact]
    public void Generate_from_images_supersedes_what_scenes_were_waiting_for()
    {
        var project = _given.WithClips(1);
        var scene = project.Scenes.Single();
        var manual = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();

        var image = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value.Single();

        project.FindRequest(manual.RequestId)!.State.Should().Be(RequestState.Superseded);
        scene.Status.Should().Be(SceneStatus.GeneratingImage);
        project.ApplyVideo(manual.RequestId, Given.Clip(), _given.Now).Disposition.Should().Be(ResultDisposition.Superseded);
        scene.Status.Should().Be(SceneStatus.GeneratingImage);
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now).NextRequests.Single().Should().BeOfType<ClipRequest>();
    }

    [Fact]
    public void A_late_clip_of_a_deleted_scene_is_ignored()
    {
        var project = _given.WithClips(2);
        var scene = project.Scenes[1];
        var clip = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();
        project.ApplyFailure(clip.RequestId, "e", "m", _given.Now);
        var again = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();

        project.DeleteScene(scene.Id, _given.Now).IsSuccess.Should().BeTrue();

        project.FindRequest(again.RequestId)!.State.Should().Be(RequestState.Superseded);
        project.ApplyVideo(again.RequestId, Given.Clip(), _given.Now).Disposition.Should().Be(ResultDisposition.Superseded);
        project.Scenes.Should().ContainSingle();
    }

    [Fact]
    public void Progress_moves_forward_only_and_rolls_up_into_the_project()
    {
        var project = _given.WithScenes(2);
        var images = project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now).Value;
        project.ProgressPercent.Should().Be(10, "a run starting at the images has its storyboard behind it");
        project.TakeActivity();

        project.ApplyProgress(images[0].RequestId, 60, _given.Now).Applied.Should().BeTrue();
        project.ApplyProgress(images[0].RequestId, 40, _given.Now).Disposition.Should().Be(ResultDisposition.Stale);
        project.ApplyProgress(images[0].RequestId, 60, _given.Now).Disposition.Should().Be(ResultDisposition.Stale);

        project.Scenes[0].ProgressPercent.Should().Be(60);
        project.ProgressPercent.Should().Be(10 + (int)(80 * (0.3 + 0) / 2));
        var activity = project.TakeActivity();
        activity.Should().Contain(a => a.Type == ActivityType.SceneProgress && a.SceneId == ((ImageRequest)images[0]).SceneId && a.Percent == 60);
        activity.Should().Contain(a => a.Type == ActivityType.ProjectProgress && a.Percent == project.ProgressPercent);

        project.ApplyImage(images[0].RequestId, Given.Image(), _given.Now);
        project.ProgressPercent.Should().BeGreaterThan(22);
        project.ApplyProgress(images[0].RequestId, 99, _given.Now).Disposition.Should().Be(ResultDisposition.AlreadySettled);
    }

    [Fact]
    public void A_start_records_the_progress_it_leaves_once()
    {
        var project = _given.WithClips(3);
        project.ProgressPercent.Should().Be(0, "nothing is under way");
        project.TakeActivity();

        project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now);

        project.TakeActivity().Where(a => a.Type == ActivityType.ProjectProgress).Select(a => a.Percent).Should().Equal(10);
    }

    [Fact]
    public void A_single_storyboard_counts_its_own_progress_from_0_to_100()
    {
        var project = _given.Project();
        var storyboard = project.RequestStoryboard(Given.Owner, false, _given.Now).Value.Single();

        project.ApplyProgress(storyboard.RequestId, 40, _given.Now);
        project.ProgressPercent.Should().Be(40);
        project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(1), _given.Now);

        project.ProgressPercent.Should().Be(0, "with the storyboard ready nothing is under way");
    }

    [Fact]
    public void A_storyboard_replaces_scenes_without_media_and_keeps_those_with_media()
    {
        var project = _given.WithScenes(3);
        var withMedia = project.Scenes[1];
        var image = project.RequestImage(withMedia.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now);
        var withoutMedia = project.Scenes[0];
        var pending = project.RequestImage(withoutMedia.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();

        var storyboard = project.RequestStoryboard(Given.Owner, false, _given.Now).Value.Single();
        project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(2), _given.Now);

        project.Scenes.Should().HaveCount(3);
        project.Scenes[0].Id.Should().Be(withMedia.Id);
        project.Scenes.Select(s => s.Position).Should().Equal(1, 2, 3);
        project.Scenes.Skip(1).Should().OnlyContain(s => s.Title.StartsWith("Story"));
        project.FindRequest(pending.RequestId)!.State.Should().Be(RequestState.Superseded, "its scene was replaced");
    }

    [Fact]
    public void A_storyboard_told_to_keep_scenes_adds_after_them()
    {
        var project = _given.WithScenes(2);
        var kept = project.Scenes.Select(s => s.Id).ToList();

        var storyboard = project.RequestStoryboard(Given.Owner, true, _given.Now).Value.Single();
        project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(2), _given.Now);

        project.Scenes.Should().HaveCount(4);
        project.Scenes.Take(2).Select(s => s.Id).Should().Equal(kept);
    }

    [Fact]
    public void A_run_after_a_storyboard_that_kept_finished_scenes_only_makes_what_is_missing()
    {
        var project = _given.WithClips(1);
        var finished = project.Scenes.Single();

        var storyboard = project.Generate(GenerateFrom.Storyboard, Given.Owner, false, _given.Now).Value.Single();
        var next = project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(1), _given.Now).NextRequests;

        next.Should().ContainSingle().Which.Should().BeOfType<ImageRequest>().Which.SceneId.Should().NotBe(finished.Id);
    }

    [Fact]
    public void A_generated_storyboard_is_fitted_into_the_scene_limits()
    {
        var project = _given.Project();
        var storyboard = project.RequestStoryboard(Given.Owner, false, _given.Now).Value.Single();
        var wild = new SceneContent("", new string('s', 5000), "n", new string('p', 9000), "", 600);

        project.ApplyStoryboard(storyboard.RequestId, new StoryboardResult(null, null, [wild, wild with { DurationSeconds = 0.1 }]), _given.Now);

        var scenes = project.Scenes;
        scenes[0].Title.Should().Be("Scene 1");
        scenes[0].Summary.Should().HaveLength(Scene.MaxSummaryLength);
        scenes[0].ImagePrompt.Should().HaveLength(Scene.MaxImagePromptLength);
        scenes[0].NegativePrompt.Should().BeNull();
        scenes[0].DurationSeconds.Should().Be(Scene.MaxDurationSeconds);
        scenes[1].DurationSeconds.Should().Be(Scene.MinDurationSeconds);
    }

    [Fact]
    public void Requests_of_a_run_are_made_on_behalf_of_who_started_it()
    {
        var project = _given.Project();
        var member = Guid.CreateVersion7();
        var storyboard = project.Generate(GenerateFrom.Storyboard, member, false, _given.Now).Value.Single();

        var images = project.ApplyStoryboard(storyboard.RequestId, Given.Storyboard(2), _given.Now).NextRequests;

        storyboard.UserId.Should().Be(member);
        images.Should().OnlyContain(r => r.UserId == member && r.CompanyId == Given.Company && r.ProjectId == project.Id);
        project.Requests.Should().OnlyContain(r => r.IssuedBy == member);
    }
}
