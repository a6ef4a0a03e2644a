namespace AiVideo.Generation.Application.Jobs.Handlers;

/// <summary>A storyboard (<see cref="StoryboardRequested"/>): the provider's story writer, announced by <see cref="StoryboardGenerated"/>.</summary>
public sealed class StoryboardJobHandler(IMediaProviders providers) : IJobHandler
{
    public IReadOnlyList<string> Kinds { get; } = [JobKinds.Storyboard];

    public async Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var request = context.Job.PayloadAs<StoryboardRequested>();
        var writer = providers.Get<IStoryWriter>(context.Job.Provider);
        var storyboard = await writer.WriteAsync(new StoryRequest(request.Prompt, request.TargetDurationSeconds, request.SceneCount, request.AspectRatio,
            request.Style, request.Mood, BrandFiles.Words(request.Brand)), context.Progress, cancellationToken);
        var generated = new StoryboardGenerated(request.RequestId, request.CompanyId, request.ProjectId, storyboard.Title, storyboard.Overview,
            [.. storyboard.Scenes.Select(s => new StoryboardScene(s.Order, s.Title, s.Summary, s.Narration, s.ImagePrompt, s.NegativePrompt, s.DurationSeconds))]);
        return JobOutcome.Of(new { storyboard.Title, Scenes = storyboard.Scenes.Count, storyboard.TotalSeconds }, generated);
    }
}
