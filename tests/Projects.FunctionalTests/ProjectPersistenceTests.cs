using CaptionSettings = AiVideo.Projects.Domain.Projects.CaptionSettings;
using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Brand;
using AiVideo.Projects.Domain.Catalogue;
using AiVideo.Projects.Domain.Posts;
using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.FunctionalTests;

/// <summary>The aggregates saved to and loaded from the migrated PostgreSQL schema, through fresh contexts as separate requests would.</summary>
public sealed class ProjectPersistenceTests(ProjectsDatabaseFixture database) : IClassFixture<ProjectsDatabaseFixture>
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    private DateTimeOffset Now => _now = _now.AddMilliseconds(10);

    [Fact]
    public async Task A_whole_run_survives_a_reload_at_every_step()
    {
        var companyId = Guid.CreateVersion7();
        var project = Project.Create(new ProjectDraft("Saved", "A prompt", Description: "d", MusicFileId: Guid.CreateVersion7()), Owner, companyId, Now).Value;
        var storyboard = project.Generate(GenerateFrom.Storyboard, Owner, false, Now).Value.Single();
        await SaveNewAsync(project);

        var images = await ChangeAsync(project.Id, p => p.ApplyStoryboard(storyboard.RequestId, Storyboard(2), Now).NextRequests);
        var clips = new List<GenerationRequest>();
        foreach (var image in images)
        {
            clips.AddRange(await ChangeAsync(project.Id, p => p.ApplyImage(image.RequestId, new GeneratedImage(Guid.CreateVersion7(), 1280, 720), Now).NextRequests));
        }
        var renders = new List<GenerationRequest>();
        foreach (var clip in clips)
        {
            renders.AddRange(await ChangeAsync(project.Id, p => p.ApplyVideo(clip.RequestId, new GeneratedVideo(Guid.CreateVersion7(), 5, 1280, 720, 1000), Now).NextRequests));
        }
        var final = new GeneratedVideo(Guid.CreateVersion7(), 10, 1280, 720, 9000, Guid.CreateVersion7(), "hls/master.m3u8");
        var completion = await ChangeAsync(project.Id, p => p.ApplyVideo(renders.Single().RequestId, final, Now).Completion);

        completion.Should().NotBeNull();
        await using var db = database.OpenDatabase();
        var loaded = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        loaded.Status.Should().Be(ProjectStatus.Completed);
        loaded.FinalVideo.Should().BeEquivalentTo(new { FileId = final.FileId, DurationSeconds = 10.0, HlsPlaylistKey = "hls/master.m3u8", ThumbnailFileId = final.ThumbnailFileId });
        loaded.Failure.Should().BeNull();
        loaded.Narration.Should().Be(NarrationSettings.Default);
        loaded.Captions.Should().Be(CaptionSettings.Default);
        loaded.Music.FileId.Should().NotBeNull();
        loaded.Scenes.Should().HaveCount(2).And.OnlyContain(s => s.Status == SceneStatus.VideoReady && s.Assets.Count == 2 && s.SelectedClip != null);
        loaded.Requests.Should().HaveCount(6).And.OnlyContain(r => r.State == RequestState.Succeeded);

        var activity = await db.Activity.Where(a => a.ProjectId == project.Id).OrderBy(a => a.Sequence).ToListAsync();
        activity.Select(a => a.Sequence).Should().Equal(Enumerable.Range(1, activity.Count).Select(i => (long)i));
        activity.Count.Should().Be((int)loaded.ActivitySequence);
        activity.Where(a => a.Type == ActivityType.ProjectStatus).Select(a => a.Status).Should().Equal("draft", "storyboarding", "generating", "rendering", "completed");
    }

    [Fact]
    public async Task A_new_render_replaces_the_final_video_in_the_row()
    {
        var project = await StoryboardedAsync(1);
        await ChangeAsync(project.Id, p => p.AddUploadedAsset(p.Scenes[0].Id, SceneAssetKind.Clip, Guid.CreateVersion7(), 1280, 720, 3, Now).Value);
        var finals = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var render = await ChangeAsync(project.Id, p => p.Render(Owner, Now).Value.Single());
            var final = new GeneratedVideo(Guid.CreateVersion7(), 3, 1280, 720, 100 + i);
            finals.Add(final.FileId);
            await ChangeAsync(project.Id, p => p.ApplyVideo(render.RequestId, final, Now));
        }

        await using var db = database.OpenDatabase();
        var loaded = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        loaded.FinalVideo.Should().BeEquivalentTo(new { FileId = finals[1], Size = 101L, ThumbnailFileId = (Guid?)null });
        loaded.Requests.Where(r => r.Kind == RequestKind.Render).Select(r => r.ResultFileId).Should().BeEquivalentTo(finals.Cast<Guid?>());
    }

    [Fact]
    public async Task A_failure_is_stored_and_cleared_again_when_the_run_resumes()
    {
        var project = await StoryboardedAsync(2);
        var images = await ChangeAsync(project.Id, p => p.Generate(GenerateFrom.Images, Owner, false, Now).Value);
        await ChangeAsync(project.Id, p => p.ApplyFailure(images[0].RequestId, "provider_error", "It broke.", Now));

        await using (var db = database.OpenDatabase())
        {
            var failed = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
            failed.Status.Should().Be(ProjectStatus.Failed);
            failed.Failure.Should().BeEquivalentTo(new { Stage = "image", Code = "provider_error", Message = "It broke.", SceneId = (Guid?)((ImageRequest)images[0]).SceneId });
        }

        await ChangeAsync(project.Id, p => p.RequestImage(((ImageRequest)images[0]).SceneId, ImageOptions.Default, Owner, Now).Value);

        await using var again = database.OpenDatabase();
        var resumed = await again.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        resumed.Status.Should().Be(ProjectStatus.Generating);
        resumed.Failure.Should().BeNull();
    }

    [Fact]
    public async Task Scenes_are_reordered_through_each_others_positions()
    {
        var project = await StoryboardedAsync(4);
        var ids = project.Scenes.Select(s => s.Id).ToList();
        List<Guid> reversed = [ids[3], ids[2], ids[1], ids[0]];

        await ChangeAsync(project.Id, p => p.ReorderScenes(reversed, Now));
        await ChangeAsync(project.Id, p => p.ReorderScenes([ids[1], ids[0], ids[3], ids[2]], Now));

        await using var db = database.OpenDatabase();
        var loaded = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        loaded.Scenes.Select(s => s.Id).Should().Equal(ids[1], ids[0], ids[3], ids[2]);
        loaded.Scenes.Select(s => s.Position).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task The_database_refuses_two_scenes_at_one_position_when_the_transaction_commits()
    {
        var project = await StoryboardedAsync(2);
        await using var db = database.OpenDatabase();
        var scenes = await db.Scenes.Where(s => s.ProjectId == project.Id).ToListAsync();

        var clash = () => db.Database.ExecuteSqlAsync($"UPDATE scenes SET position = 1 WHERE project_id = {project.Id}");

        (await clash.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.ExclusionViolation);
        scenes.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_storyboard_replacing_scenes_and_new_timeline_and_layers_are_saved_in_one_go()
    {
        var project = await StoryboardedAsync(3);
        foreach (var scene in project.Scenes.Take(2))
        {
            await ChangeAsync(project.Id, p => p.AddUploadedAsset(scene.Id, SceneAssetKind.Clip, Guid.CreateVersion7(), 1280, 720, 4, Now).Value);
        }
        var kept = project.Scenes.Take(2).Select(s => s.Id).ToList();
        await ChangeAsync(project.Id, p => p.SetTimeline([new TimelineClipInput(kept[1], 1, 0, 1, 3), new TimelineClipInput(kept[0], 2, 2)], Now));
        await ChangeAsync(project.Id, p => p.SetLayers([new CaptionLayerInput("Hi", 0, 1)], [new AudioLayerInput(Guid.CreateVersion7(), 0.5, true)], Now));
        await ChangeAsync(project.Id, p => p.SetTimeline([new TimelineClipInput(kept[0], 1, 0), new TimelineClipInput(kept[1], 2, 4, 0, 2)], Now));
        await ChangeAsync(project.Id, p => p.SetLayers([new CaptionLayerInput("One", 0, 1), new CaptionLayerInput("Two", 1, 2, "bold")], [], Now));

        var storyboard = await ChangeAsync(project.Id, p => p.RequestStoryboard(Owner, false, Now).Value.Single());
        await ChangeAsync(project.Id, p => p.ApplyStoryboard(storyboard.RequestId, Storyboard(2), Now));

        await using var db = database.OpenDatabase();
        var loaded = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        loaded.Scenes.Select(s => s.Position).Should().Equal(1, 2, 3, 4);
        loaded.Scenes.Take(2).Select(s => s.Id).Should().Equal(kept, "scenes with media are kept, the one without was replaced");
        loaded.Timeline.Select(c => (c.SceneId, c.StartSeconds, c.TrimInSeconds, c.TrimOutSeconds)).Should().Equal((kept[0], 0, 0, 4), (kept[1], 4, 0, 2));
        loaded.CaptionLayers.Select(c => (c.Text, c.Style.Name)).Should().Equal(("One", "classic"), ("Two", "bold"));
        loaded.AudioLayers.Should().BeEmpty();
        (await db.Scenes.CountAsync(s => s.ProjectId == project.Id)).Should().Be(4);
    }

    [Fact]
    public async Task Two_writers_of_one_project_cannot_both_save()
    {
        var project = await StoryboardedAsync(2);
        await using var first = database.OpenDatabase();
        await using var second = database.OpenDatabase();
        var a = await first.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        var b = await second.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        a.RequestImage(a.Scenes[0].Id, ImageOptions.Default, Owner, Now).IsSuccess.Should().BeTrue();
        b.RequestImage(b.Scenes[1].Id, ImageOptions.Default, Owner, Now).IsSuccess.Should().BeTrue();

        await first.SaveChangesAsync();
        var lost = () => second.SaveChangesAsync();

        // The loser hits the winner's activity numbers ((project_id, sequence) is the key) or, when it recorded none, the
        // revision: either way a conflict that a consumer retries on a fresh copy and an endpoint answers with 409.
        var conflict = (await lost.Should().ThrowAsync<DbUpdateException>()).Which;
        (conflict is DbUpdateConcurrencyException || conflict.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            .Should().BeTrue();
        await using var db = database.OpenDatabase();
        var loaded = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        loaded.Scenes.Select(s => s.Status).Should().Equal(SceneStatus.GeneratingImage, SceneStatus.Pending);
        (await db.Activity.CountAsync(x => x.ProjectId == project.Id)).Should().Be((int)loaded.ActivitySequence, "the loser's history was not written either");
    }

    [Fact]
    public async Task A_change_without_activity_still_conflicts_through_the_revision()
    {
        var project = await StoryboardedAsync(1);
        await using var first = database.OpenDatabase();
        await using var second = database.OpenDatabase();
        var a = await first.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        var b = await second.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id);
        a.EditScene(a.Scenes[0].Id, new SceneEdit { Title = "First" }, Now).IsSuccess.Should().BeTrue();
        b.EditScene(b.Scenes[0].Id, new SceneEdit { Narration = "Second" }, Now).IsSuccess.Should().BeTrue();

        await first.SaveChangesAsync();
        var lost = () => second.SaveChangesAsync();

        await lost.Should().ThrowAsync<DbUpdateConcurrencyException>();
    }

    [Fact]
    public async Task Saved_activity_is_listed_for_publishing_after_the_commit()
    {
        var project = Project.Create(new ProjectDraft("Listed", "A prompt"), Owner, Guid.CreateVersion7(), Now).Value;
        await using var db = database.OpenDatabase();
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        project.RequestStoryboard(Owner, false, Now);
        await db.SaveChangesAsync();

        db.SavedActivity.Select(a => (a.Sequence, a.Type)).Should().Equal(
            (1, ActivityType.ProjectStatus), (2, ActivityType.ProjectStatus));
        project.PendingActivity.Should().BeEmpty();
    }

    [Fact]
    public async Task Deleting_a_project_deletes_everything_it_owns()
    {
        var project = await StoryboardedAsync(2);
        await ChangeAsync(project.Id, p => p.AddUploadedAsset(p.Scenes[0].Id, SceneAssetKind.Image, Guid.CreateVersion7(), 10, 10, null, Now).Value);

        await using (var db = database.OpenDatabase())
        {
            db.Projects.Remove(await db.Projects.WholeAggregate().SingleAsync(p => p.Id == project.Id));
            await db.SaveChangesAsync();
        }

        await using var check = database.OpenDatabase();
        (await check.Scenes.CountAsync(s => s.ProjectId == project.Id)).Should().Be(0);
        (await check.Requests.CountAsync(r => r.ProjectId == project.Id)).Should().Be(0);
        (await check.Activity.CountAsync(a => a.ProjectId == project.Id)).Should().Be(0);
        (await check.SceneAssets.CountAsync(a => project.Scenes.Select(s => s.Id).Contains(a.SceneId))).Should().Be(0);
    }

    [Fact]
    public async Task Brand_kit_catalogue_and_posts_round_trip()
    {
        var companyId = Guid.CreateVersion7();
        var colors = BrandAsset.Create(companyId, BrandAssetType.ColorScheme, """{ "primary": "#0A84FF", "accent": "#ff9f0a" }""", null, Now).Value;
        var model = CarModel.Create(companyId, "Volvo", "XC60", "suv", Now).Value;
        var variant = CarVariant.Create(model, 2025, "Inscription", "Crystal White", Now).Value;
        var media = CarMedia.Create(variant, CarMediaType.ThreeDModel, Guid.CreateVersion7(), Now).Value;
        var project = Project.Create(new ProjectDraft("For a car", "Drive", CarVariantId: variant.Id), Owner, companyId, Now).Value;
        var post = Post.FromFile(companyId, Owner, Guid.CreateVersion7(), "Our new film", Now).Value;
        await using (var db = database.OpenDatabase())
        {
            db.AddRange(colors, model, variant, media, project, post);
            await db.SaveChangesAsync();
        }

        await using (var db = database.OpenDatabase())
        {
            (await db.BrandAssets.SingleAsync(a => a.Id == colors.Id)).Colors().Should().Equal("#0A84FF", "#FF9F0A");
            (await db.CarMedia.SingleAsync(m => m.Id == media.Id)).Type.Should().Be(CarMediaType.ThreeDModel);
            (await db.Database.SqlQuery<string>($"SELECT type AS \"Value\" FROM car_media WHERE id = {media.Id}").SingleAsync()).Should().Be("3D_MODEL");
            (await db.Posts.SingleAsync(p => p.Id == post.Id)).Text.Should().Be("Our new film");
            db.CarModels.Remove(await db.CarModels.SingleAsync(m => m.Id == model.Id));
            await db.SaveChangesAsync();
        }

        await using var check = database.OpenDatabase();
        (await check.CarVariants.AnyAsync(v => v.Id == variant.Id)).Should().BeFalse("a model's variants go with it");
        (await check.CarMedia.AnyAsync(m => m.Id == media.Id)).Should().BeFalse();
        (await check.Projects.SingleAsync(p => p.Id == project.Id)).CarVariantId.Should().BeNull("a project outlives the variant it was made for");
    }

    [Fact]
    public async Task Statuses_are_stored_by_their_wire_names()
    {
        var project = await StoryboardedAsync(1);
        await using var db = database.OpenDatabase();

        var status = await db.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM projects WHERE id = {project.Id}").SingleAsync();
        var ratio = await db.Database.SqlQuery<string>($"SELECT aspect_ratio AS \"Value\" FROM projects WHERE id = {project.Id}").SingleAsync();

        status.Should().Be("storyboard_ready");
        ratio.Should().Be("16:9");
        (await db.Projects.CountAsync(p => p.Id == project.Id && p.Status == ProjectStatus.StoryboardReady)).Should().Be(1, "filters translate to the stored name");
    }

    private static StoryboardResult Storyboard(int scenes) => new("Title", "Overview",
        Enumerable.Range(1, scenes).Select(i => new SceneContent($"Scene {i}", "summary", "narration", "prompt", null, 5)).ToList());

    private async Task<Project> StoryboardedAsync(int scenes)
    {
        var project = Project.Create(new ProjectDraft("Stored", "A prompt"), Owner, Guid.CreateVersion7(), Now).Value;
        var storyboard = project.RequestStoryboard(Owner, false, Now).Value.Single();
        project.ApplyStoryboard(storyboard.RequestId, Storyboard(scenes), Now);
        await SaveNewAsync(project);
        return project;
    }

    private async Task SaveNewAsync(Project project)
    {
        await using var db = database.OpenDatabase();
        db.Projects.Add(project);
        await db.SaveChangesAsync();
    }

    /// <summary>Loads the project in a fresh context, changes it, saves: one request or one consumed event.</summary>
    private async Task<T> ChangeAsync<T>(Guid projectId, Func<Project, T> change)
    {
        await using var db = database.OpenDatabase();
        var project = await db.Projects.WholeAggregate().SingleAsync(p => p.Id == projectId);
        var result = change(project);
        await db.SaveChangesAsync();
        return result;
    }
}
