using System.Collections.Concurrent;
using AiVideo.BuildingBlocks.Messaging;
using AiVideo.Contracts;
using MassTransit;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// Stands in for generation-api (and media's announcement of generated images) on the real bus: answers each request
/// projects-api publishes at once with its result, as generation does when it is done, unless the project is held (the
/// benchmark then publishes what it wants itself); notes when each project completes.
/// </summary>
public sealed class GenerationStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, bool> _held = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<DateTimeOffset>> _completed = new();
    private IBusControl _bus = null!;
    private int _answered;

    private GenerationStandIn()
    {
    }

    /// <summary>How many results (storyboards, images, clips, final videos) it published.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public static async Task<GenerationStandIn> StartAsync(string eventBus)
    {
        var standIn = new GenerationStandIn();
        var connection = EventBusConnection.Parse(eventBus);
        standIn._bus = Bus.Factory.CreateUsingRabbitMq(bus =>
        {
            bus.Host(connection.Host, (ushort)connection.Port, connection.VirtualHost, host =>
            {
                host.Username(connection.Username);
                host.Password(connection.Password);
            });
            bus.ReceiveEndpoint("bench-generation", endpoint =>
            {
                endpoint.PrefetchCount = 64;
                endpoint.Handler<StoryboardRequested>(context => standIn.AnswerAsync(context, context.Message.ProjectId, Storyboard(context.Message)));
                endpoint.Handler<ImageRequested>(context => standIn.AnswerAsync(context, context.Message.ProjectId, Image(context.Message)));
                endpoint.Handler<VideoRequested>(context => standIn.AnswerAsync(context, context.Message.ProjectId, Video(context.Message)));
                endpoint.Handler<ProjectCompleted>(context =>
                {
                    standIn.CompletionOf(context.Message.ProjectId).TrySetResult(DateTimeOffset.UtcNow);
                    return Task.CompletedTask;
                });
            });
        });
        await standIn._bus.StartAsync();
        return standIn;
    }

    /// <summary>The project's requests are not answered.</summary>
    public void Hold(Guid projectId) => _held[projectId] = true;

    /// <summary>When projects-api announced the project completed.</summary>
    public Task<DateTimeOffset> CompletedAsync(Guid projectId) => CompletionOf(projectId).Task;

    public Task PublishAsync<T>(T message) where T : class => _bus.Publish(message);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private TaskCompletionSource<DateTimeOffset> CompletionOf(Guid projectId) =>
        _completed.GetOrAdd(projectId, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task AnswerAsync<T>(ConsumeContext context, Guid? projectId, T answer) where T : class
    {
        if (projectId is { } id && _held.ContainsKey(id))
        {
            return;
        }
        await context.Publish(answer);
        Interlocked.Increment(ref _answered);
    }

    private static StoryboardGenerated Storyboard(StoryboardRequested request) => new(
        request.RequestId, request.CompanyId, request.ProjectId, $"Storyboard of {request.Prompt}", "An overview.",
        Enumerable.Range(1, request.SceneCount)
            .Select(i => new StoryboardScene(i, $"Scene {i}", $"What scene {i} shows", $"Narration of scene {i}.", $"Image prompt {i}", null, 2.5))
            .ToList());

    private static ImageStored Image(ImageRequested request) => new(
        Guid.CreateVersion7(), request.CompanyId, request.ProjectId, request.SceneId, $"companies/{request.CompanyId}/generated.png", "image/png", 2048,
        request.Width, request.Height, "generated", request.RequestId, request.UserId);

    private static VideoReady Video(VideoRequested request)
    {
        var file = Guid.CreateVersion7();
        return new VideoReady(request.RequestId, request.CompanyId, request.ProjectId, request.SceneId, request.Kind, file, request.Seconds ?? 2.5, 100_000,
            request.Width, request.Height, new VideoPlayback(file, null), Guid.CreateVersion7(),
            SeedFrameFileId: request.Kind == VideoKinds.Clip ? Guid.CreateVersion7() : null);
    }
}
