using System.Collections.Concurrent;
using AiVideo.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// Stands in for generation-api (and media-api's announcement of the images generation stores) on the real bus: it
/// receives every request projects-api publishes and, unless told otherwise, answers it the way generation does
/// (<see cref="Answers"/>). A test can hold a project's requests to answer them itself (late, out of order, twice),
/// or have requests fail. It also records cancellations, completions and deletions, and answers generation-api's internal
/// provider list over HTTP (<see cref="Providers"/>), as projects-api asks it when a project names a provider.
/// </summary>
public sealed class GenerationHarness : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<Guid, bool> _held = new();
    private readonly ConcurrentBag<Func<object, bool>> _failures = [];
    private readonly ConcurrentQueue<(Guid? ProjectId, Guid MessageId)> _published = new();
    private IBusControl _bus = null!;
    private WebApplication _http = null!;

    /// <summary>The providers generation-api is said to have, with the ports each serves.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Providers = new Dictionary<string, string[]>
    {
        ["local"] = ["story", "image", "clip", "speech", "video", "transcode"],
        ["openai"] = ["story", "image", "clip", "speech", "video"],
        ["runway"] = ["clip"],
    };

    /// <summary>Where the harness answers HTTP as generation-api.</summary>
    public Uri Address { get; private set; } = null!;

    private GenerationHarness()
    {
    }

    public IReadOnlyList<Received> Received => _received.ToList();

    public static async Task<GenerationHarness> StartAsync(string eventBus)
    {
        var harness = new GenerationHarness();
        var connection = EventBusConnection.Parse(eventBus);
        harness._bus = Bus.Factory.CreateUsingRabbitMq(bus =>
        {
            bus.Host(connection.Host, (ushort)connection.Port, connection.VirtualHost, host =>
            {
                host.Username(connection.Username);
                host.Password(connection.Password);
            });
            bus.ReceiveEndpoint("test-generation-harness", endpoint =>
            {
                endpoint.PrefetchCount = 64;
                endpoint.Handler<StoryboardRequested>(harness.OnRequestAsync);
                endpoint.Handler<ImageRequested>(harness.OnRequestAsync);
                endpoint.Handler<VideoRequested>(harness.OnRequestAsync);
                endpoint.Handler<GenerationCancellationRequested>(harness.OnRecordAsync);
                endpoint.Handler<ProjectCompleted>(harness.OnRecordAsync);
                endpoint.Handler<ProjectDeleted>(harness.OnRecordAsync);
            });
        });
        await harness._bus.StartAsync();
        var port = LocalPorts.GetFree();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        harness._http = builder.Build();
        harness._http.MapGet("/internal/providers", () => new { items = Providers.Select(p => new { name = p.Key, ports = p.Value }) });
        await harness._http.StartAsync();
        harness.Address = new Uri($"http://127.0.0.1:{port}/");
        return harness;
    }

    /// <summary>The project's requests are recorded but not answered (the test answers them).</summary>
    public void Hold(Guid projectId) => _held[projectId] = true;

    /// <summary>Requests matching <paramref name="when"/> are answered with <c>GenerationFailed</c>.</summary>
    public void Fail(Func<object, bool> when) => _failures.Add(when);

    public IReadOnlyList<T> Of<T>(Guid projectId) =>
        _received.Select(r => r.Message).OfType<T>().Where(m => Answers.ProjectIdOf(m!) == projectId).ToList();

    public IReadOnlyList<Received> ReceivedFor(Guid projectId) => _received.Where(r => Answers.ProjectIdOf(r.Message) == projectId).ToList();

    /// <summary>Every message of a type the harness received, whatever project (cancellations name only the request).</summary>
    public IReadOnlyList<T> All<T>() => _received.Select(r => r.Message).OfType<T>().ToList();

    /// <summary>The message ids of everything the harness published about the project (answers, progress, failures, duplicates).</summary>
    public IReadOnlyList<Guid> PublishedFor(Guid projectId) => _published.Where(p => p.ProjectId == projectId).Select(p => p.MessageId).Distinct().ToList();

    /// <summary>The message ids of every message received from projects-api (the ids of its outbox rows).</summary>
    public IReadOnlySet<Guid> ReceivedIds => _received.Select(r => r.MessageId).ToHashSet();

    /// <summary>Waits until at least <paramref name="count"/> messages of a type for the project (matching <paramref name="where"/>) arrived.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Guid projectId, int count = 1, Func<T, bool>? where = null, TimeSpan? timeout = null) =>
        await Eventually.Until(() => Task.FromResult(Of<T>(projectId).Where(m => where?.Invoke(m) ?? true).ToList()), found => found.Count >= count,
            $"{count} {typeof(T).Name} for project {projectId} arrived", timeout);

    /// <summary>Publishes what generation would answer to the request.</summary>
    public async Task AnswerAsync(object request)
    {
        foreach (var answer in Answers.For(request))
        {
            await PublishAsync(answer);
        }
    }

    public Task PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? Guid.NewGuid();
        _published.Enqueue((ProjectOfAnswer(message), id));
        return _bus.Publish(message, message.GetType(), context => context.MessageId = id);
    }

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        await _bus.StopAsync();
    }

    private async Task OnRequestAsync<T>(ConsumeContext<T> context) where T : class
    {
        _received.Enqueue(new Received(context.Message, context.MessageId ?? Guid.Empty, DateTimeOffset.UtcNow));
        if (Answers.ProjectIdOf(context.Message) is { } projectId && _held.ContainsKey(projectId))
        {
            return;
        }
        IReadOnlyList<object> answers = _failures.Any(fails => fails(context.Message)) ? [Answers.Failure(context.Message)] : Answers.For(context.Message);
        foreach (var answer in answers)
        {
            var id = Guid.NewGuid();
            _published.Enqueue((ProjectOfAnswer(answer), id));
            await context.Publish(answer, answer.GetType(), publish => publish.MessageId = id);
        }
    }

    private static Guid? ProjectOfAnswer(object answer) => answer switch
    {
        StoryboardGenerated s => s.ProjectId,
        ImageStored i => i.ProjectId,
        VideoReady v => v.ProjectId,
        GenerationFailed f => f.ProjectId,
        GenerationProgress p => p.ProjectId,
        _ => null,
    };

    private Task OnRecordAsync<T>(ConsumeContext<T> context) where T : class
    {
        _received.Enqueue(new Received(context.Message, context.MessageId ?? Guid.Empty, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}
