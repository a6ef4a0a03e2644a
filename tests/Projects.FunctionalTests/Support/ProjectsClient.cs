namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>HTTP calls to a projects-api replica as a client makes them: with a bearer token, JSON in and out.</summary>
public sealed class ProjectsClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: JsonSerializerOptions.Web) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        configure?.Invoke(request);
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public Task<HttpResponseMessage> GetAsync(string path, Account account) => SendAsync(HttpMethod.Get, path, account.Token);

    public Task<HttpResponseMessage> PostAsync(string path, Account account, object? body = null) => SendAsync(HttpMethod.Post, path, account.Token, body);

    public Task<HttpResponseMessage> PatchAsync(string path, Account account, object body) => SendAsync(HttpMethod.Patch, path, account.Token, body);

    public Task<HttpResponseMessage> PutAsync(string path, Account account, object body) => SendAsync(HttpMethod.Put, path, account.Token, body);

    public Task<HttpResponseMessage> DeleteAsync(string path, Account account) => SendAsync(HttpMethod.Delete, path, account.Token);

    /// <summary>Sends raw text as the body (malformed JSON and the like).</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, Account account, string body, string contentType = "application/json") =>
        SendAsync(method, path, account.Token, configure: request => request.Content = new StringContent(body, System.Text.Encoding.UTF8, contentType));

    /// <summary>The response's JSON after checking its status (the body is shown when it is another).</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A problem+json answer of <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await ExpectAsync(response, status);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return problem;
    }

    public async Task<JsonElement> CreateProjectAsync(Account account, object? settings = null)
    {
        var body = settings ?? new { title = "Launch film", prompt = "A red car crossing a desert at dawn", sceneCount = 3, targetDuration = 15 };
        return await ExpectAsync(await PostAsync("/api/projects", account, body), HttpStatusCode.Created);
    }

    public async Task<JsonElement> ProjectAsync(Account account, Guid projectId) =>
        await ExpectAsync(await GetAsync($"/api/projects/{projectId}", account), HttpStatusCode.OK);

    /// <summary>Waits until the project reaches <paramref name="status"/> (and returns it then).</summary>
    public Task<JsonElement> WaitForStatusAsync(Account account, Guid projectId, string status, TimeSpan? timeout = null) =>
        Eventually.Until(() => ProjectAsync(account, projectId), p => p.GetProperty("status").GetString() == status,
            $"project {projectId} is {status}", timeout ?? TimeSpan.FromSeconds(60));
}
