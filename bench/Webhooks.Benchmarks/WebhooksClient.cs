using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>A company admin at identity-api and webhooks-api: signs up (a new company of their own) and adds endpoints.</summary>
public sealed class WebhooksClient(Uri identity, Uri webhooks)
{
    private readonly HttpClient _http = new();
    private string _token = "";

    /// <summary>The admin's company.</summary>
    public Guid CompanyId { get; private set; }

    public async Task SignUpAsync()
    {
        var answer = await JsonAsync(await _http.PostAsJsonAsync(new Uri(identity, "/api/auth/register"),
            new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Bench Admin" }), HttpStatusCode.Created);
        _token = answer.GetProperty("accessToken").GetString()!;
        CompanyId = answer.GetProperty("user").GetProperty("companyId").GetGuid();
    }

    /// <summary>Adds an endpoint at <paramref name="url"/> receiving <paramref name="eventType"/>; returns its secret.</summary>
    public async Task<string> CreateEndpointAsync(string url, string eventType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(webhooks, "/api/webhook-endpoints"))
        {
            Content = JsonContent.Create(new { url, eventTypes = new[] { eventType }, description = "benchmark" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var created = await JsonAsync(await _http.SendAsync(request), HttpStatusCode.Created);
        return created.GetProperty("secret").GetString()!;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
