namespace AiVideo.Projects.UnitTests;

public sealed class SceneEditingTests
{
    private readonly Given _given = new();

    [Fact]
    public void A_scene_added_at_a_position_moves_the_later_ones_down()
    {
        var project = _given.WithScenes(2);
        var before = project.Scenes.Select(s => s.Id).ToList();

        var added = project.AddScene(Given.Scene("Inserted"), 2, _given.Now).Value;

        project.Scenes.Select(s => s.Id).Should().Equal(before[0], added.Id, before[1]);
        project.Scenes.Select(s => s.Position).Should().Equal(1, 2, 3);
        added.Status.Should().Be(SceneStatus.Pending);
        project.AddScene(Given.Scene(), null, _given.Now).Value.Position.Should().Be(4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_scene_is_added_only_within_the_play_order(int position) =>
        _given.WithScenes(2).AddScene(Given.Scene(), position, _given.Now).Error!.Fields.Should().ContainKey("position");

    [Fact]
    public void A_scene_is_checked_field_by_field()
    {
        var project = _given.Project();
        var content = new SceneContent("", new string('s', 2001), new string('n', 2001), new string('p', 4001), new string('x', 2001), 0.4);

        var error = project.AddScene(content, 5, _given.Now).Error!;

        error.Fields.Keys.Should().BeEquivalentTo("title", "summary", "narration", "imagePrompt", "negativePrompt", "duration", "position");
        project.Scenes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(60, true)]
    [InlineData(0.49, false)]
    [InlineData(60.01, false)]
    [InlineData(double.NaN, false)]
    public void A_scene_lasts_half_a_second_to_a_minute(double seconds, bool valid)
    {
        var project = _given.WithScenes(1);

        project.EditScene(project.Scenes[0].Id, new SceneEdit { DurationSeconds = seconds }, _given.Now).IsSuccess.Should().Be(valid);
        project.Scenes[0].DurationSeconds.Should().Be(valid ? seconds : 5);
    }

    [Fact]
    public void An_edit_changes_only_what_it_names_and_an_empty_negative_prompt_removes_it()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes[0];

        project.EditScene(scene.Id, new SceneEdit { Narration = " New words ", NegativePrompt = "" }, _given.Now).IsSuccess.Should().BeTrue();

        scene.Narration.Should().Be("New words");
        scene.NegativePrompt.Should().BeNull();
        scene.Title.Should().Be("Story 1");
        project.EditScene(Guid.CreateVersion7(), new SceneEdit(), _given.Now).Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public void Deleting_a_scene_closes_the_gap_and_drops_its_cuts()
    {
        var project = _given.WithClips(3);
        var scenes = project.Scenes;
        project.SetTimeline(scenes.Select((s, i) => new TimelineClipInput(s.Id, i, i * 5.0)).ToList(), _given.Now).IsSuccess.Should().BeTrue();

        project.DeleteScene(scenes[1].Id, _given.Now).IsSuccess.Should().BeTrue();

        project.Scenes.Select(s => s.Id).Should().Equal(scenes[0].Id, scenes[2].Id);
        project.Scenes.Select(s => s.Position).Should().Equal(1, 2);
        project.Timeline.Select(c => c.SceneId).Should().Equal(scenes[0].Id, scenes[2].Id);
        project.Timeline.Select(c => c.Position).Should().Equal(1, 2);
        project.DeleteScene(scenes[1].Id, _given.Now).Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public void Reorder_takes_a_full_permutation()
    {
        var project = _given.WithScenes(3);
        var ids = project.Scenes.Select(s => s.Id).ToList();

        project.ReorderScenes([ids[2], ids[0], ids[1]], _given.Now).IsSuccess.Should().BeTrue();

        project.Scenes.Select(s => s.Id).Should().Equal(ids[2], ids[0], ids[1]);
        project.Scenes.Select(s => s.Position).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Reorder_names_the_missing_repeated_and_foreign_ids_and_changes_nothing()
    {
        var project = _given.WithScenes(3);
        var ids = project.Scenes.Select(s => s.Id).ToList();
        var foreign = Guid.CreateVersion7();

        var error = project.ReorderScenes([ids[0], ids[0], foreign], _given.Now).Error!;

        error.Kind.Should().Be(ErrorKind.Validation);
        error.Fields["sceneIds"].Single().Should().Contain(ids[1].ToString()).And.Contain(ids[2].ToString()).And.Contain(foreign.ToString());
        error.Details["missing"].Should().BeEquivalentTo(new[] { ids[1], ids[2] });
        error.Details["repeated"].Should().BeEquivalentTo(new[] { ids[0] });
        error.Details["unknown"].Should().BeEquivalentTo(new[] { foreign });
        project.Scenes.Select(s => s.Id).Should().Equal(ids);
    }

    [Fact]
    public void Reorder_with_a_missing_id_alone_is_refused()
    {
        var project = _given.WithScenes(3);
        var ids = project.Scenes.Select(s => s.Id).ToList();

        project.ReorderScenes([ids[1], ids[0]], _given.Now).Error!.Details["missing"].Should().BeEquivalentTo(new[] { ids[2] });
    }

    [Fact]
    public void A_scene_selects_among_its_own_images_and_clips()
    {
        var project = _given.WithClips(2);
        var scene = project.Scenes[0];
        var firstImage = scene.SelectedImageId!.Value;
        var image = project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now);
        scene.SelectedImageId.Should().NotBe(firstImage);

        project.SelectAssets(scene.Id, firstImage, null, _given.Now).IsSuccess.Should().BeTrue();

        scene.SelectedImageId.Should().Be(firstImage);
        scene.Status.Should().Be(SceneStatus.VideoReady, "its clip is still selected");
    }

    [Fact]
    public void An_asset_of_another_scene_cannot_be_selected()
    {
        var project = _given.WithClips(2);
        var (first, second) = (project.Scenes[0], project.Scenes[1]);

        var error = project.SelectAssets(first.Id, second.SelectedImageId, second.SelectedClipId, _given.Now).Error!;

        error.Fields.Keys.Should().BeEquivalentTo("imageAssetId", "clipAssetId");
        first.SelectedImageId.Should().NotBe(second.SelectedImageId!.Value);
        project.SelectAssets(first.Id, first.SelectedClipId, null, _given.Now).Error!.Fields.Should().ContainKey("imageAssetId", "a clip is not an image");
    }

    [Fact]
    public void Selection_waits_while_the_scene_generates_or_the_project_renders()
    {
        var project = _given.WithClips(1);
        var scene = project.Scenes[0];
        var image = scene.SelectedImageId;
        project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now);

        project.SelectAssets(scene.Id, image, null, _given.Now).Error!.Code.Should().Be("scene_busy");

        var other = _given.WithClips(1);
        other.Render(Given.Owner, _given.Now);
        other.SelectAssets(other.Scenes[0].Id, other.Scenes[0].SelectedImageId, null, _given.Now).Error!.Code.Should().Be("project_busy");
    }

    [Fact]
    public void Selecting_an_earlier_clip_settles_a_failed_scene()
    {
        var project = _given.WithClips(1);
        var scene = project.Scenes[0];
        var clip = scene.SelectedClipId;
        var again = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();
        project.ApplyFailure(again.RequestId, "e", "m", _given.Now);
        scene.Status.Should().Be(SceneStatus.Failed);

        project.SelectAssets(scene.Id, null, clip, _given.Now).IsSuccess.Should().BeTrue();

        scene.Status.Should().Be(SceneStatus.VideoReady);
        scene.FailureReason.Should().BeNull();
        project.Render(Given.Owner, _given.Now).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void An_upload_is_used_by_a_scene_that_has_nothing_of_its_kind_and_kept_otherwise()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes[0];
        var file = Guid.CreateVersion7();

        var image = project.AddUploadedAsset(scene.Id, SceneAssetKind.Image, file, 1280, 720, null, _given.Now).Value;
        scene.SelectedImageId.Should().Be(image.Id);
        scene.Status.Should().Be(SceneStatus.ImageReady);
        image.RequestId.Should().BeNull();

        var second = project.AddUploadedAsset(scene.Id, SceneAssetKind.Image, Guid.CreateVersion7(), 1280, 720, null, _given.Now).Value;
        scene.SelectedImageId.Should().Be(image.Id, "an upload does not replace the image in use");
        project.AddUploadedAsset(scene.Id, SceneAssetKind.Image, file, 1280, 720, null, _given.Now).Value.Id.Should().Be(image.Id, "the same file is one asset");
        scene.Assets.Should().HaveCount(2).And.Contain(a => a.Id == second.Id);
    }

    [Fact]
    public void An_uploaded_clip_needs_its_duration_and_seed_frames_are_not_uploaded()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes[0];

        project.AddUploadedAsset(scene.Id, SceneAssetKind.Clip, Guid.CreateVersion7(), 1280, 720, null, _given.Now).Error!.Fields.Should().ContainKey("durationSeconds");
        project.AddUploadedAsset(scene.Id, SceneAssetKind.SeedFrame, Guid.CreateVersion7(), 1280, 720, null, _given.Now).Error!.Fields.Should().ContainKey("kind");
        project.AddUploadedAsset(scene.Id, SceneAssetKind.Clip, Guid.CreateVersion7(), 1280, 720, 4.2, _given.Now).IsSuccess.Should().BeTrue();
        scene.Status.Should().Be(SceneStatus.VideoReady);
    }

    [Fact]
    public void A_seed_frame_is_the_last_frame_of_the_previous_scenes_clip_and_the_first_scene_has_none()
    {
        var project = _given.WithClips(2);
        var (first, second) = (project.Scenes[0], project.Scenes[1]);
        var firstFrame = first.Assets.Single(a => a.Kind == SceneAssetKind.SeedFrame);

        project.RequestImage(first.Id, new ImageOptions(UseSeedFrame: true), Given.Owner, _given.Now).Error!.Code.Should().Be("no_seed_frame");
        var request = (ImageRequest)project.RequestImage(second.Id, new ImageOptions("A close-up", [Guid.CreateVersion7()], true), Given.Owner, _given.Now).Value.Single();

        firstFrame.RequestId.Should().Be(first.SelectedClip!.RequestId, "the frame belongs to the clip it was taken from");
        request.SeedFrameSourceFileId.Should().Be(firstFrame.FileId);
        request.Prompt.Should().Be("A close-up");
        request.ReferenceFileIds.Should().ContainSingle();
        request.Position.Should().Be(2);
        request.SceneTitle.Should().Be(second.Title);
    }

    [Fact]
    public void A_seed_frame_announced_on_its_own_is_kept_once_and_an_uploaded_clip_has_none_to_give()
    {
        var project = _given.WithScenes(2);
        var (first, second) = (project.Scenes[0], project.Scenes[1]);
        project.AddUploadedAsset(first.Id, SceneAssetKind.Clip, Guid.CreateVersion7(), 1280, 720, 3, _given.Now).IsSuccess.Should().BeTrue();
        project.RequestImage(second.Id, new ImageOptions(UseSeedFrame: true), Given.Owner, _given.Now).Error!.Code
            .Should().Be("no_seed_frame", "an uploaded clip comes without its last frame");
        var image = project.RequestImage(first.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();
        project.ApplyImage(image.RequestId, Given.Image(), _given.Now);
        var clip = project.RequestClip(first.Id, Given.Owner, _given.Now).Value.Single();
        var frame = Given.Image();

        project.ApplySeedFrame(clip.RequestId, frame, _given.Now).Applied.Should().BeTrue();
        project.ApplySeedFrame(clip.RequestId, frame, _given.Now).Disposition.Should().Be(ResultDisposition.AlreadySettled);
        project.ApplySeedFrame(image.RequestId, Given.Image(), _given.Now).Disposition.Should().Be(ResultDisposition.UnknownRequest, "an image request has no last frame");
        first.Status.Should().Be(SceneStatus.GeneratingVideo, "a seed frame is not the clip");
        project.ApplyVideo(clip.RequestId, Given.Clip() with { SeedFrameFileId = frame.FileId }, _given.Now).Applied.Should().BeTrue();
        first.Assets.Should().ContainSingle(a => a.Kind == SceneAssetKind.SeedFrame && a.FileId == frame.FileId);
        ((ImageRequest)project.RequestImage(second.Id, new ImageOptions(UseSeedFrame: true), Given.Owner, _given.Now).Value.Single())
            .SeedFrameSourceFileId.Should().Be(frame.FileId);
    }

    [Fact]
    public void Image_options_are_checked()
    {
        var project = _given.WithScenes(1);
        var scene = project.Scenes[0].Id;

        project.RequestImage(scene, new ImageOptions(" "), Given.Owner, _given.Now).Error!.Fields.Should().ContainKey("prompt");
        project.RequestImage(scene, new ImageOptions(ReferenceFileIds: Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList()), Given.Owner, _given.Now)
            .Error!.Fields.Should().ContainKey("referenceFileIds");
        var twice = Guid.CreateVersion7();
        project.RequestImage(scene, new ImageOptions(ReferenceFileIds: [twice, twice]), Given.Owner, _given.Now).Error!.Fields.Should().ContainKey("referenceFileIds");
        project.Scenes[0].Status.Should().Be(SceneStatus.Pending);
    }

    [Fact]
    public void A_scene_without_an_image_prompt_is_drawn_from_what_it_is_about()
    {
        var project = _given.Project();
        var scene = project.AddScene(new SceneContent("Harbour", "Boats at sunset", null, null, null, 3), null, _given.Now).Value;

        var request = (ImageRequest)project.RequestImage(scene.Id, ImageOptions.Default, Given.Owner, _given.Now).Value.Single();

        request.Prompt.Should().Be("Boats at sunset");
    }

    [Fact]
    public void A_project_holds_a_bounded_number_of_scenes()
    {
        var project = _given.Project();
        for (var i = 0; i < Project.MaxScenes; i++)
        {
            project.AddScene(Given.Scene(), null, _given.Now).IsSuccess.Should().BeTrue();
        }

        project.AddScene(Given.Scene(), null, _given.Now).Error!.Code.Should().Be("too_many_scenes");
    }
}
