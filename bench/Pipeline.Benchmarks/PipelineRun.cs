namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// One pipeline as a customer runs it through the gateway, step by step so that many can be started at the same moment:
/// create the project, follow its events, <c>POST …/generate</c>, wait for <c>completed</c> on the stream, download the
/// final MP4 through its signed link and check it with ffprobe. Every moment is noted on <see cref="Clock"/>.
/// </summary>
public sealed class PipelineRun(GatewayApi api, Account account, ProjectSpec spec, string name) : IAsyncDisposable
{
    private const string Prompt = "A small bakery opening at dawn in an old harbour town, fishing boats coming in";

    private ProjectFollower? _follower;
    private long _lastBeforeStart;
    private double _createSent;
    private double _generateSent;
    private double _accepted;
    private Guid _projectId;

    public string Name => name;

    public Account Account => account;

    public ProjectSpec Spec => spec;

    /// <summary>Creates the project (noting when the request went out: the prompt) and opens its event stream.</summary>
    public async Task CreateAsync()
    {
        _createSent = Clock.Now;
        var project = await api.SendAsync(HttpMethod.Post, "/api/projects", account, spec.Body(Prompt), HttpStatusCode.Created);
        _projectId = project.GetProperty("id").GetGuid();
        _follower = await ProjectFollower.OpenAsync(api, account, _projectId);
        _lastBeforeStart = _follower.Events.Count == 0 ? 0 : _follower.Events[^1].Id;
    }

    /// <summary><c>POST /api/projects/{id}/generate</c>, which must be accepted (202).</summary>
    public async Task StartAsync()
    {
        _generateSent = Clock.Now;
        await api.SendAsync(HttpMethod.Post, $"/api/projects/{_projectId}/generate", account, new { }, HttpStatusCode.Accepted);
        _accepted = Clock.Now;
    }

    /// <summary>Waits for the project's <c>completed</c> (or <c>failed</c>) event; the result says which, and when each status arrived.</summary>
    public async Task<PipelineResult> WaitAsync(TimeSpan timeout)
    {
        var settled = await _follower!.WaitForAsync(e => e.Settles, timeout);
        var events = _follower.Events.Where(e => e.Id > _lastBeforeStart).ToList();
        var first = events.FirstOrDefault();
        // The start records its own status change (storyboarding) in the transaction that answers 202; the first event
        // recorded later comes from generation's work (the storyboard job's progress or its result).
        var fromGeneration = first is null ? null : events.FirstOrDefault(e => e.OccurredAt > first.OccurredAt);
        var statuses = events.Where(e => e.Type == "project_status" && e.Status is not null)
            .GroupBy(e => e.Status!).ToDictionary(g => g.Key, g => g.First().ArrivedAt);
        var outcome = settled is null ? "timed out" : settled.Status!;
        return new PipelineResult(name, spec, _projectId, outcome, _createSent, _generateSent, _accepted,
            first is null ? null : new EventArrival(first.Type, first.Status, first.ArrivedAt),
            fromGeneration is null ? null : new EventArrival(fromGeneration.Type, fromGeneration.Status, fromGeneration.ArrivedAt),
            statuses, events, _follower.Reconnections);
    }

    /// <summary>The project's scenes as generation wrote them: duration, title and narration, in timeline order.</summary>
    public async Task<IReadOnlyList<RawScene>> ScenesAsync(string pictureFolder)
    {
        var project = await api.GetAsync($"/api/projects/{_projectId}", account);
        List<RawScene> scenes = [];
        foreach (var scene in project.GetProperty("scenes").EnumerateArray().OrderBy(s => s.GetProperty("position").GetInt32()))
        {
            // The picture the pipeline drew (SkiaSharp) is what its clip moved over: the raw clip moves over the same pixels.
            var picture = Path.GetFullPath(Path.Combine(pictureFolder, $"{name}-scene-{scenes.Count}.png"));
            await api.DownloadFileAsync(scene.GetProperty("selectedImage").GetProperty("fileId").GetGuid(), account, picture);
            scenes.Add(new RawScene(scene.GetProperty("duration").GetDouble(), scene.GetProperty("title").GetString() ?? "",
                scene.GetProperty("narration").GetString() ?? "", picture));
        }
        return scenes;
    }

    /// <summary>The project's generation jobs as generation-api recorded them (none without the database).</summary>
    public async Task<IReadOnlyList<JobTiming>> JobsAsync(GenerationDatabase? database) => database is null ? [] : await database.JobsAsync(_projectId);

    /// <summary>Downloads the final video to <paramref name="folder"/> and checks it; returns what ffprobe found and when the download ended.</summary>
    public async Task<FinalVideo> DownloadAsync(string folder)
    {
        var project = await api.GetAsync($"/api/projects/{_projectId}", account);
        var fileId = project.GetProperty("finalVideo").GetProperty("fileId").GetGuid();
        var path = Path.Combine(folder, $"{name}.mp4");
        var size = await api.DownloadFileAsync(fileId, account, path);
        var downloaded = Clock.Now;
        return await FinalVideo.ProbeAsync(path, size, downloaded, spec);
    }

    public async ValueTask DisposeAsync()
    {
        if (_follower is not null)
        {
            await _follower.DisposeAsync();
        }
    }
}
