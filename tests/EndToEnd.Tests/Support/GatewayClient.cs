using System.Net.Http.Headers;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>The platform as a user reaches it: only through the gateway, with a session or an API key.</summary>
public sealed class GatewayClient(HttpClient http, Uri gateway)
{
    /// <summary>Registers a new person, who becomes the administrator of a new company.</summary>
    public async Task<Account> RegisterAsync(string name = "End To End")
    {
        var email = $"e2e-{Guid.NewGuid():N}@example.com";
        var registered = await http.PostAsJsonAsync(new Uri(gateway, "/api/auth/register"),
            new { email, password = "Correct-Horse-42", name, companyName = $"{name} {Guid.NewGuid().ToString("N")[..8]}" });
        var body = await ExpectAsync(registered, HttpStatusCode.Created);
        var user = body.GetProperty("user");
        return new Account(user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid(), email, body.GetProperty("accessToken").GetString()!);
    }

    /// <summary>An API key of the account's with the given scopes (and limits no test reaches); returns its secret.</summary>
    public async Task<string> ApiKeyAsync(Account account, params string[] scopes)
    {
        var created = await PostAsync("/api/api-keys", account.Session,
            new { name = $"e2e {Guid.NewGuid():N}", scopes, rateLimitPerMinute = 10_000, rateLimitPerHour = 100_000 });
        return (await ExpectAsync(created, HttpStatusCode.Created)).GetProperty("secret").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Caller? caller, object? body = null, Action<HttpRequestMessage>? configure = null,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, new Uri(gateway, path));
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }
        caller?.Sign(request);
        configure?.Invoke(request);
        return await http.SendAsync(request, completion);
    }

    public Task<HttpResponseMessage> GetAsync(string path, Caller? caller) => SendAsync(HttpMethod.Get, path, caller);

    public Task<HttpResponseMessage> PostAsync(string path, Caller? caller, object? body = null) =>
        SendAsync(HttpMethod.Post, path, caller, body ?? new { });

    public Task<HttpResponseMessage> DeleteAsync(string path, Caller? caller) => SendAsync(HttpMethod.Delete, path, caller);

    /// <summary>GET that must answer 200, as JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, Caller caller) => await ExpectAsync(await GetAsync(path, caller), HttpStatusCode.OK);

    /// <summary>The bytes of a GET that must answer 200.</summary>
    public async Task<byte[]> GetBytesAsync(string path, Caller? caller)
    {
        using var response = await GetAsync(path, caller);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The bytes behind a signed link (absolute, no credentials: the link is the credential).</summary>
    public async Task<byte[]> DownloadAsync(Uri signedLink)
    {
        using var response = await http.GetAsync(signedLink);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {signedLink}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Uploads a file through a presigned URL: ask for the upload, PUT the bytes straight to storage, complete; returns the file.</summary>
    public async Task<JsonElement> UploadAsync(Account account, byte[] bytes, string fileName, string contentType, string purpose)
    {
        var ticket = await ExpectAsync(await PostAsync("/api/uploads", account.Session,
            new { fileName, contentType, size = bytes.Length, purpose }), HttpStatusCode.Created);
        using var put = new HttpRequestMessage(new HttpMethod(ticket.GetProperty("method").GetString()!), ticket.GetProperty("url").GetString())
        {
            Content = new ByteArrayContent(bytes),
        };
        foreach (var header in ticket.GetProperty("headers").EnumerateObject())
        {
            put.Content.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        }
        put.Content.Headers.ContentType ??= new MediaTypeHeaderValue(contentType);
        using (var stored = await http.SendAsync(put))
        {
            stored.StatusCode.Should().Be(HttpStatusCode.OK, "the presigned URL takes the bytes");
        }
        return await ExpectAsync(await PostAsync($"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete", account.Session), HttpStatusCode.OK);
    }

    /// <summary>The response's JSON body, after checking its status (the body is in the failure message).</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered: {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
