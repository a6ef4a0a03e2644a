namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>Projects as a customer drives them through the gateway: create, generate and follow, read, and wait for a single step.</summary>
public sealed class Studio(GatewayClient api)
{
    /// <summary>How often a test reads a project while it waits for a single step (a round trip through gateway and projects-api).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<Guid> CreateProjectAsync(Account account, object settings) =>
        (await GatewayClient.ExpectAsync(await api.PostAsync("/api/projects", account.Session, settings), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A small project (1:1, 720×720, short scenes, narration, no captions): the pipeline in full at the least cost.</summary>
    public Task<Guid> CreateSmallProjectAsync(Account account, int sceneCount = 1, int seconds = 5, string prompt = "A paper lantern drifting over a river at dusk") =>
        CreateProjectAsync(account, new
        {
            title = "Small", prompt, targetDuration = seconds, aspectRatio = "1:1", sceneCount, captions = new { enabled = false },
        });

    public Task<JsonElement> ProjectAsync(Account account, Guid projectId) => api.GetJsonAsync($"/api/projects/{projectId}", account.Session);

    /// <summary>Starts a step of the pipeline (generate, render, a scene's image or clip); it must be accepted (202).</summary>
    public async Task<JsonElement> StartAsync(Account account, string path, object? body = null) =>
        await GatewayClient.ExpectAsync(await api.PostAsync(path, account.Session, body), HttpStatusCode.Accepted);

    /// <summary>Follows the project's events, then asks for the whole pipeline: the subscriber sees every change from the start.</summary>
    public async Task<ProjectEventsSubscriber> GenerateAsync(Account account, Guid projectId)
    {
        var events = await ProjectEventsSubscriber.FollowAsync(api, projectId, account.Session);
        await StartAsync(account, $"/api/projects/{projectId}/generate");
        return events;
    }

    /// <summary>Reads the project until <paramref name="done"/> holds.</summary>
    public Task<JsonElement> WaitAsync(Account account, Guid projectId, Func<JsonElement, bool> done, string because, TimeSpan timeout) =>
        Eventually.Until(() => ProjectAsync(account, projectId), done, because, timeout, PollInterval);
}
