using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AiVideo.Benchmarks.Pipeline;

/// <summary>The platform as a customer reaches it: only through the gateway, with a session token.</summary>
public sealed class GatewayApi(Uri gateway)
{
    private const string Password = "Correct-Horse-42";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>For event streams, which stay open as long as a pipeline runs.</summary>
    private readonly HttpClient _streams = new() { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Registers a new person, the administrator of a new company.</summary>
    public async Task<Account> RegisterAsync(string company)
    {
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        var body = await ExpectAsync(await _http.PostAsJsonAsync(new Uri(gateway, "/api/auth/register"),
            new { email, password = Password, name = "Bench", companyName = $"{company} {Guid.NewGuid().ToString("N")[..8]}" }), HttpStatusCode.Created);
        return new Account(email, Password, body.GetProperty("user").GetProperty("companyId").GetGuid(), body.GetProperty("accessToken").GetString()!);
    }

    public async Task<string> LoginAsync(string email, string password) =>
        (await ExpectAsync(await _http.PostAsJsonAsync(new Uri(gateway, "/api/auth/login"), new { email, password }), HttpStatusCode.OK))
        .GetProperty("accessToken").GetString()!;

    /// <summary>A request that must answer <paramref name="expected"/>; its JSON body (default when empty).</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, Account account, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, new Uri(gateway, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await account.TokenAsync(this));
        return await ExpectAsync(await _http.SendAsync(request), expected);
    }

    public Task<JsonElement> GetAsync(string path, Account account) => SendAsync(HttpMethod.Get, path, account, null, HttpStatusCode.OK);

    /// <summary>Opens <c>GET /api/projects/{id}/events</c> (resuming after <paramref name="lastEventId"/>); the caller reads and disposes the response.</summary>
    public async Task<HttpResponseMessage> OpenEventsAsync(Guid projectId, Account account, long? lastEventId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, $"/api/projects/{projectId}/events"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await account.TokenAsync(this));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
        }
        return await _streams.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Downloads a file of the account's through the signed link its metadata answers with; returns the bytes written.</summary>
    public async Task<long> DownloadFileAsync(Guid fileId, Account account, string path)
    {
        var file = await GetAsync($"/api/files/{fileId}", account);
        var link = new Uri(gateway, file.GetProperty("downloadUrl").GetString()!);
        using var response = await _http.GetAsync(link, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {link} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        await using var target = File.Create(path);
        await response.Content.CopyToAsync(target);
        return target.Length;
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException(
                    $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode} (expected {(int)expected}): {text}");
            }
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
