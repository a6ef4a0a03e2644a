namespace AiVideo.Projects.UnitTests;

public sealed class TimelineTests
{
    private readonly Given _given = new();

    [Fact]
    public void A_timeline_cuts_the_clips_and_the_render_follows_it()
    {
        var project = _given.WithClips(3, clipSeconds: 5);
        var s = project.Scenes;

        project.SetTimeline(
        [
            new TimelineClipInput(s[2].Id, 1, 0, TrimInSeconds: 1, TrimOutSeconds: 4),
            new TimelineClipInput(s[0].Id, 2, 3, DurationSeconds: 2),
            new TimelineClipInput(s[2].Id, 3, 5, TrimInSeconds: 4),
        ], _given.Now).IsSuccess.Should().BeTrue();

        project.Timeline.Select(c => (c.SceneId, c.Position, c.StartSeconds, c.TrimInSeconds, c.TrimOutSeconds)).Should().Equal(
            (s[2].Id, 1, 0, 1, 4), (s[0].Id, 2, 3, 0, 2), (s[2].Id, 3, 5, 4, 5));
        var render = (RenderRequest)project.Render(Given.Owner, _given.Now).Value.Single();
        render.Clips.Should().Equal(
            new RenderClip(s[2].Id, s[2].SelectedClip!.FileId, 1, 3), new RenderClip(s[0].Id, s[0].SelectedClip!.FileId, 0, 2),
            new RenderClip(s[2].Id, s[2].SelectedClip!.FileId, 4, 1));
        render.TotalSeconds.Should().Be(6);
    }

    [Fact]
    public void Without_a_timeline_every_scene_clip_plays_whole_in_scene_order()
    {
        var project = _given.WithClips(2, clipSeconds: 4.5);

        var render = (RenderRequest)project.Render(Given.Owner, _given.Now).Value.Single();

        render.Clips.Should().Equal(project.Scenes.Select(s => new RenderClip(s.Id, s.SelectedClip!.FileId, 0, 4.5)));
    }

    [Theory]
    [InlineData(0, 5.0005, true)]
    [InlineData(0, 5.01, false)]
    [InlineData(5, 5, false)]
    [InlineData(-1, 2, false)]
    [InlineData(3, 2, false)]
    public void Trims_stay_within_the_clips_real_duration(double trimIn, double trimOut, bool valid)
    {
        var project = _given.WithClips(1, clipSeconds: 5);

        var result = project.SetTimeline([new TimelineClipInput(project.Scenes[0].Id, 1, 0, trimIn, trimOut)], _given.Now);

        result.IsSuccess.Should().Be(valid);
        if (!valid)
        {
            result.Error!.Fields.Keys.Should().ContainSingle().Which.Should().StartWith("clips[0].");
            project.Timeline.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_duration_past_the_clips_end_or_disagreeing_with_the_trims_is_refused()
    {
        var project = _given.WithClips(1, clipSeconds: 5);
        var scene = project.Scenes[0].Id;

        project.SetTimeline([new TimelineClipInput(scene, 1, 0, 2, DurationSeconds: 4)], _given.Now).Error!.Fields.Should().ContainKey("clips[0].duration");
        project.SetTimeline([new TimelineClipInput(scene, 1, 0, 1, 3, DurationSeconds: 1)], _given.Now).Error!.Fields.Should().ContainKey("clips[0].duration");
        project.SetTimeline([new TimelineClipInput(scene, 1, 0, 1, 3, DurationSeconds: 2)], _given.Now).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Overlapping_cuts_and_repeated_orders_are_refused()
    {
        var project = _given.WithClips(2, clipSeconds: 5);
        var s = project.Scenes;

        project.SetTimeline([new TimelineClipInput(s[0].Id, 1, 0), new TimelineClipInput(s[1].Id, 2, 4)], _given.Now)
            .Error!.Fields.Should().ContainKey("clips[1].start");
        project.SetTimeline([new TimelineClipInput(s[0].Id, 1, 0), new TimelineClipInput(s[1].Id, 1, 5)], _given.Now)
            .Error!.Fields.Should().ContainKey("clips");
        project.SetTimeline([new TimelineClipInput(s[1].Id, 2, 5), new TimelineClipInput(s[0].Id, 1, 0)], _given.Now).IsSuccess.Should().BeTrue(
            "cuts are placed by their order, not by where they stand in the list");
    }

    [Fact]
    public void Cuts_name_scenes_of_the_project_that_have_a_clip()
    {
        var project = _given.WithClips(1);
        var bare = project.AddScene(Given.Scene(), null, _given.Now).Value;

        var error = project.SetTimeline([new TimelineClipInput(Guid.CreateVersion7(), 1, 0), new TimelineClipInput(bare.Id, 2, 10)], _given.Now).Error!;

        error.Fields.Keys.Should().BeEquivalentTo("clips[0].sceneId", "clips[1].sceneId");
        error.Fields["clips[1].sceneId"].Single().Should().Contain("has no clip");
    }

    [Fact]
    public void A_shorter_clip_selected_after_the_timeline_was_set_blocks_the_render_naming_the_scene()
    {
        var project = _given.WithClips(1, clipSeconds: 5);
        var scene = project.Scenes[0];
        project.SetTimeline([new TimelineClipInput(scene.Id, 1, 0, 0, 5)], _given.Now).IsSuccess.Should().BeTrue();
        var clip = project.RequestClip(scene.Id, Given.Owner, _given.Now).Value.Single();
        project.ApplyVideo(clip.RequestId, Given.Clip(3), _given.Now);

        var error = project.Render(Given.Owner, _given.Now).Error!;

        error.Code.Should().Be("timeline_invalid");
        error.Details["sceneIds"].Should().BeEquivalentTo(new[] { scene.Id });
        project.Status.Should().Be(ProjectStatus.StoryboardReady);
    }

    [Fact]
    public void In_a_run_a_timeline_beyond_the_new_clips_fails_the_project_instead_of_rendering()
    {
        var project = _given.WithClips(1, clipSeconds: 5);
        project.SetTimeline([new TimelineClipInput(project.Scenes[0].Id, 1, 0, 0, 5)], _given.Now);
        var clip = project.Generate(GenerateFrom.Clips, Given.Owner, false, _given.Now).Value.Single();

        project.ApplyVideo(clip.RequestId, Given.Clip(2), _given.Now).NextRequests.Should().BeEmpty();

        project.Status.Should().Be(ProjectStatus.Failed);
        project.Failure!.Code.Should().Be("timeline_invalid");
    }

    [Fact]
    public void Layers_are_checked_and_a_caption_without_a_style_takes_the_projects()
    {
        var project = _given.WithClips(1);
        var music = Guid.CreateVersion7();

        var error = project.SetLayers(
            [new CaptionLayerInput("", 0, 1), new CaptionLayerInput("ok", 2, 1), new CaptionLayerInput("ok", 0, 1, "comic")],
            [new AudioLayerInput(Guid.Empty, 1.5, true, -1)], _given.Now).Error!;
        error.Fields.Keys.Should().BeEquivalentTo(
            "captions[0].text", "captions[1].end", "captions[2].style", "audio[0].fileId", "audio[0].volume", "audio[0].start");

        project.SetLayers([new CaptionLayerInput(" Hello ", 0, 2), new CaptionLayerInput("World", 2, 4, "bold")], [new AudioLayerInput(music, 0.2, false)], _given.Now)
            .IsSuccess.Should().BeTrue();
        project.CaptionLayers.Select(c => (c.Text, c.Style.Name)).Should().Equal(("Hello", "classic"), ("World", "bold"));

        var render = (RenderRequest)project.Render(Given.Owner, _given.Now).Value.Single();
        render.CaptionLayers.Should().Equal(new RenderCaption("Hello", 0, 2, "classic"), new RenderCaption("World", 2, 4, "bold"));
        render.Audio.Should().Equal(new RenderMusic(music, 0.2, false, 0));
    }

    [Fact]
    public void Without_audio_layers_the_render_takes_the_projects_music_and_without_narration_no_voice()
    {
        var music = Guid.CreateVersion7();
        var project = _given.WithClips(1);
        project.Update(new ProjectChanges { MusicFileId = music, MusicVolume = 0.4, NarrationEnabled = false, Watermark = true }, _given.Now);

        var render = (RenderRequest)project.Render(Given.Owner, _given.Now).Value.Single();

        render.Audio.Should().Equal(new RenderMusic(music, 0.4, true, 0));
        render.Narration.Should().BeEmpty();
        render.Voice.Should().BeNull();
        render.Watermark.Should().BeTrue();
        render.Captions.Should().Be(CaptionSettings.Default);
    }

    [Fact]
    public void The_timeline_and_layers_wait_while_rendering()
    {
        var project = _given.WithClips(1);
        project.Render(Given.Owner, _given.Now);

        project.SetTimeline([], _given.Now).Error!.Code.Should().Be("project_busy");
        project.SetLayers([], [], _given.Now).Error!.Code.Should().Be("project_busy");
    }
}
