namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// What generation (and media, for the images it stores) publishes in answer to each request projects-api sends, as
/// the real services do: a storyboard with the scenes asked for; progress, then the image stored by media with the
/// request's id; progress, then the clip with its last frame; the final video with its HLS playlist and thumbnail.
/// </summary>
public static class Answers
{
    public static IReadOnlyList<object> For(object request) => request switch
    {
        StoryboardRequested storyboard => [Storyboard(storyboard)],
        ImageRequested image => [Progress(image.RequestId, image.CompanyId, image.ProjectId, image.SceneId, GenerationStages.Image, 40), Image(image)],
        VideoRequested { Kind: VideoKinds.Clip } clip => [Progress(clip.RequestId, clip.CompanyId, clip.ProjectId, clip.SceneId, GenerationStages.Clip, 60), Clip(clip)],
        VideoRequested { Kind: VideoKinds.Final } final => [Progress(final.RequestId, final.CompanyId, final.ProjectId, null, GenerationStages.Final, 70), Final(final)],
        _ => [],
    };

    public static StoryboardGenerated Storyboard(StoryboardRequested request, int? scenes = null) => new(
        request.RequestId, request.CompanyId, request.ProjectId, $"Storyboard of {request.Prompt}", "An overview.",
        Enumerable.Range(1, scenes ?? request.SceneCount)
            .Select(i => new StoryboardScene(i, $"Scene {i}", $"What scene {i} shows", $"Narration of scene {i}.", $"Image prompt {i}", "blurry", 2.5))
            .ToList());

    public static ImageStored Image(ImageRequested request) => new(
        Guid.CreateVersion7(), request.CompanyId, request.ProjectId, request.SceneId, $"companies/{request.CompanyId}/generated.png", "image/png", 2048,
        request.Width, request.Height, "generated", request.RequestId, request.UserId);

    public static VideoReady Clip(VideoRequested request, double? seconds = null)
    {
        var file = Guid.CreateVersion7();
        return new VideoReady(request.RequestId, request.CompanyId, request.ProjectId, request.SceneId, VideoKinds.Clip, file, seconds ?? request.Seconds ?? 2.5,
            100_000, request.Width, request.Height, new VideoPlayback(file, null), Guid.CreateVersion7(), SeedFrameFileId: Guid.CreateVersion7());
    }

    public static VideoReady Final(VideoRequested request)
    {
        var file = Guid.CreateVersion7();
        return new VideoReady(request.RequestId, request.CompanyId, request.ProjectId, null, VideoKinds.Final, file, request.Seconds ?? 0, 900_000,
            request.Width, request.Height, new VideoPlayback(file, $"companies/{request.CompanyId}/videos/{file}/hls/master.m3u8"), Guid.CreateVersion7(),
            CaptionsFileId: Guid.CreateVersion7());
    }

    public static GenerationFailed Failure(object request, string code = "provider_error", string message = "The provider refused the prompt.") => request switch
    {
        StoryboardRequested s => new GenerationFailed(s.RequestId, s.CompanyId, s.ProjectId, null, GenerationStages.Storyboard, code, message, false),
        ImageRequested i => new GenerationFailed(i.RequestId, i.CompanyId, i.ProjectId, i.SceneId, GenerationStages.Image, code, message, true),
        VideoRequested v => new GenerationFailed(v.RequestId, v.CompanyId, v.ProjectId, v.SceneId,
            v.Kind == VideoKinds.Clip ? GenerationStages.Clip : GenerationStages.Final, code, message, true),
        _ => throw new ArgumentOutOfRangeException(nameof(request)),
    };

    public static GenerationProgress Progress(Guid requestId, Guid companyId, Guid? projectId, Guid? sceneId, string stage, int percent) =>
        new(requestId, companyId, projectId, sceneId, stage, percent, null);

    public static Guid RequestIdOf(object request) => request switch
    {
        StoryboardRequested s => s.RequestId,
        ImageRequested i => i.RequestId,
        VideoRequested v => v.RequestId,
        GenerationCancellationRequested c => c.RequestId,
        _ => Guid.Empty,
    };

    public static Guid? ProjectIdOf(object message) => message switch
    {
        StoryboardRequested s => s.ProjectId,
        ImageRequested i => i.ProjectId,
        VideoRequested v => v.ProjectId,
        ProjectCompleted c => c.ProjectId,
        ProjectDeleted d => d.ProjectId,
        _ => null,
    };
}
