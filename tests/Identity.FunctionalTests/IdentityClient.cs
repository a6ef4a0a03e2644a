namespace AiVideo.Identity.FunctionalTests;

/// <summary>identity-api's HTTP API as a client uses it.</summary>
public sealed class IdentityClient(HttpClient http)
{
    public const string Password = "Correct-Horse-42";

    public HttpClient Http { get; } = http;

    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";

    public Task<HttpResponseMessage> PostAsync(string path, object? body, string? token = null) => SendAsync(HttpMethod.Post, path, body, token);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null) => SendAsync(HttpMethod.Get, path, null, token);

    public async Task<AuthResult> RegisterAsync(string? email = null, string name = "Ada Lovelace", string? companyName = null)
    {
        var response = await PostAsync("/api/auth/register", new { email = email ?? NewEmail(), password = Password, name, companyName });
        await Expect(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<AuthResult>())!;
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password, Guid? companyId = null) =>
        PostAsync("/api/auth/login", new { email, password, companyId });

    public async Task<AuthResult> SignInAsync(string email, string password = Password, Guid? companyId = null)
    {
        var response = await LoginAsync(email, password, companyId);
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AuthResult>())!;
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken, Guid? companyId = null) =>
        PostAsync("/api/auth/refresh", new { refreshToken, companyId });

    public async Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form, (string Id, string Secret)? basic = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        if (basic is { } client)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{client.Id}:{client.Secret}")));
        }
        return await Http.SendAsync(request);
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new Xunit.Sdk.XunitException($"Expected {(int)status} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
