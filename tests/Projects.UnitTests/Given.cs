namespace AiVideo.Projects.UnitTests;

/// <summary>Projects, scenes and results as the tests need them, on a clock that moves a second at every step.</summary>
internal sealed class Given
{
    public static readonly Guid Company = Guid.CreateVersion7();
    public static readonly Guid Owner = Guid.CreateVersion7();

    private DateTimeOffset _now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now => _now = _now.AddSeconds(1);

    public static ProjectDraft Draft(int sceneCount = 3) => new("Launch film", "A red car crossing a desert at dawn", SceneCount: sceneCount);

    public static SceneContent Scene(string title = "Scene", double duration = 5, string narration = "Words over the scene.") =>
        new(title, $"{title} summary", narration, $"{title} image prompt", "blurry", duration);

    public static StoryboardResult Storyboard(int scenes) => new("Dawn run", "A car at dawn.",
        Enumerable.Range(1, scenes).Select(i => Scene($"Story {i}")).ToList());

    public static GeneratedImage Image() => new(Guid.CreateVersion7(), 1280, 720);

    /// <summary>A clip as generation reports it: with its last frame stored as an image (the next scene's seed frame).</summary>
    public static GeneratedVideo Clip(double seconds = 5) => new(Guid.CreateVersion7(), seconds, 1280, 720, 1_000_000, SeedFrameFileId: Guid.CreateVersion7());

    public static GeneratedVideo Final(double seconds = 15) => new(Guid.CreateVersion7(), seconds, 1280, 720, 5_000_000, Guid.CreateVersion7(), "hls/master.m3u8");

    public Project Project(ProjectDraft? draft = null) => AiVideo.Projects.Domain.Projects.Project.Create(draft ?? Draft(), Owner, Company, Now).Value;

    /// <summary>A project whose storyboard arrived (single step): <paramref name="scenes"/> pending scenes, storyboard_ready.</summary>
    public Project WithScenes(int scenes = 3)
    {
        var project = Project();
        var request = project.RequestStoryboard(Owner, false, Now).Value.Single();
        project.ApplyStoryboard(request.RequestId, Storyboard(scenes), Now).Applied.Should().BeTrue();
        return project;
    }

    /// <summary>A project whose every scene has an image and a clip (made by hand, one scene at a time), storyboard_ready.</summary>
    public Project WithClips(int scenes = 3, double clipSeconds = 5)
    {
        var project = WithScenes(scenes);
        foreach (var scene in project.Scenes)
        {
            var image = project.RequestImage(scene.Id, ImageOptions.Default, Owner, Now).Value.Single();
            project.ApplyImage(image.RequestId, Image(), Now).Applied.Should().BeTrue();
            var clip = project.RequestClip(scene.Id, Owner, Now).Value.Single();
            project.ApplyVideo(clip.RequestId, Clip(clipSeconds), Now).Applied.Should().BeTrue();
        }
        return project;
    }
}
