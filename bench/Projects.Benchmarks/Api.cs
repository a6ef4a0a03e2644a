using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiVideo.Benchmarks.Projects;

/// <summary>projects-api and identity-api as a client calls them: a new company's admin and JSON calls with their token.</summary>
public sealed class Api(Uri identity, Uri projects)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(5) };

    public Uri Projects => projects;

    /// <summary>A new user with a new company; returns their token, user id and company id.</summary>
    public async Task<(string Token, Guid UserId, Guid CompanyId)> AdminAsync()
    {
        var body = await JsonAsync(await Http.PostAsJsonAsync(new Uri(identity, "/api/auth/register"),
            new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", name = "Bench", companyName = "Bench" }));
        var user = body.GetProperty("user");
        return (body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid());
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(projects, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await JsonAsync(await Http.SendAsync(request));
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
            }
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
