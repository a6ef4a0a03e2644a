using AiVideo.Projects.Domain.Activity;

namespace AiVideo.Projects.UnitTests;

public sealed class ProjectCreationTests
{
    private readonly Given _given = new();

    [Fact]
    public void A_new_project_is_a_draft_with_the_settings_it_was_given()
    {
        var draft = Given.Draft() with
        {
            Description = "  For the launch  ", TargetDurationSeconds = 45, AspectRatio = "9:16", Style = "Documentary", Mood = "calm", Voice = "de",
            CaptionsBurned = false, CaptionStyle = "bold", MusicFileId = Guid.CreateVersion7(), MusicVolume = 0.5, Watermark = true, CarVariantId = Guid.CreateVersion7(),
        };

        var project = Project.Create(draft, Given.Owner, Given.Company, _given.Now).Value;

        project.Status.Should().Be(ProjectStatus.Draft);
        project.Description.Should().Be("For the launch");
        project.AspectRatio.Should().Be(AspectRatio.Portrait);
        (project.AspectRatio.Width, project.AspectRatio.Height).Should().Be((720, 1280));
        project.Style.Name.Should().Be("documentary");
        project.Narration.Voice.Language.Should().Be("de-DE");
        project.Captions.Should().Be(new CaptionSettings(true, false, CaptionStyle.Find("bold")!));
        project.Music.Should().Be(new MusicSettings(draft.MusicFileId, 0.5));
        project.Watermark.Should().BeTrue();
        project.CarVariantId.Should().Be(draft.CarVariantId);
        project.Id.Version.Should().Be(7);
        project.PendingActivity.Should().ContainSingle(a => a.Type == ActivityType.ProjectStatus && a.Status == "draft" && a.Sequence == 1);
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once()
    {
        var draft = new ProjectDraft("", new string('p', 10_000), new string('d', 2001), 4, "21:9", "cubist", "angry", 21, Voice: "klingon",
            CaptionStyle: "comic", MusicVolume: 1.5);

        var error = Project.Create(draft, Given.Owner, Given.Company, _given.Now).Error!;

        error.Kind.Should().Be(ErrorKind.Validation);
        error.Fields.Keys.Should().BeEquivalentTo("title", "prompt", "description", "targetDuration", "aspectRatio", "style", "mood", "sceneCount",
            "narration.voice", "captions.style", "music.volume");
        error.Fields["aspectRatio"].Single().Should().Contain("16:9").And.Contain("4:5");
    }

    [Theory]
    [InlineData(5, 1, 1, true)]
    [InlineData(300, 20, 4000, true)]
    [InlineData(4, 5, 10, false)]
    [InlineData(301, 5, 10, false)]
    [InlineData(30, 0, 10, false)]
    [InlineData(30, 21, 10, false)]
    [InlineData(30, 5, 4001, false)]
    [InlineData(30, 5, 0, false)]
    public void Durations_scene_counts_and_prompts_have_their_ranges(int seconds, int scenes, int promptLength, bool valid) =>
        Project.Create(Given.Draft() with { TargetDurationSeconds = seconds, SceneCount = scenes, Prompt = new string('p', promptLength) },
            Given.Owner, Given.Company, _given.Now).IsSuccess.Should().Be(valid);

    [Fact]
    public void Title_and_description_change_while_generating_but_settings_wait()
    {
        var project = _given.WithScenes();
        project.Generate(GenerateFrom.Images, Given.Owner, false, _given.Now);

        project.Update(new ProjectChanges { Title = "New title", Description = "New words" }, _given.Now).IsSuccess.Should().BeTrue();
        var refused = project.Update(new ProjectChanges { AspectRatio = "1:1" }, _given.Now);

        project.Title.Should().Be("New title");
        refused.Error!.Code.Should().Be("project_busy");
        project.AspectRatio.Should().Be(AspectRatio.Landscape);
    }

    [Fact]
    public void An_update_checks_what_it_changes_and_changes_nothing_when_refused()
    {
        var project = _given.Project(Given.Draft() with { MusicFileId = Guid.CreateVersion7(), Description = "d" });

        var refused = project.Update(new ProjectChanges { Title = "Fine", Style = "cubist", MusicVolume = -0.1 }, _given.Now);

        refused.Error!.Fields.Keys.Should().BeEquivalentTo("style", "music.volume");
        project.Title.Should().Be("Launch film");

        project.Update(new ProjectChanges { ClearMusic = true, ClearDescription = true, Voice = "en-gb", CaptionsEnabled = false }, _given.Now)
            .IsSuccess.Should().BeTrue();
        project.Music.FileId.Should().BeNull();
        project.Description.Should().BeNull();
        project.Narration.Voice.Name.Should().Be("en-gb");
        project.Captions.Enabled.Should().BeFalse();
    }

    [Fact]
    public void Every_change_moves_the_revision()
    {
        var project = _given.Project();
        var revision = project.Revision;

        project.Update(new ProjectChanges { Title = "Again" }, _given.Now);
        project.AddScene(Given.Scene(), null, _given.Now);

        project.Revision.Should().BeGreaterThan(revision + 1);
    }
}
