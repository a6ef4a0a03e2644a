namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>The upload protocol as a client runs it: ask for an upload, PUT the bytes (one request or parts), complete.</summary>
public sealed class Uploader(MediaFixture media)
{
    public async Task<JsonElement> CreateAsync(Account account, string fileName, string contentType, long size, string purpose = "project-upload",
        Guid? projectId = null, Guid? sceneId = null)
    {
        var response = await media.SendAsync(HttpMethod.Post, "/api/uploads", account.Token,
            new { fileName, contentType, size, purpose, projectId = projectId ?? (purpose is "project-upload" or "scene-image" or "scene-video" ? Guid.NewGuid() : null), sceneId });
        await Expect(response, HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sends the bytes as the ticket says and returns the parts to list on completion (none for a single PUT).</summary>
    public async Task<List<object>> SendAsync(JsonElement ticket, TestContent content, string contentType)
    {
        var parts = new List<object>();
        if (ticket.TryGetProperty("url", out var url))
        {
            await Expect(await media.Http.SendAsync(PutRequest(ticket, content.ToHttpContent(0, content.Size, contentType))), HttpStatusCode.OK);
            return parts;
        }
        var partSize = ticket.GetProperty("partSize").GetInt64();
        foreach (var part in ticket.GetProperty("parts").EnumerateArray())
        {
            var number = part.GetProperty("partNumber").GetInt32();
            var offset = (number - 1) * partSize;
            var request = new HttpRequestMessage(HttpMethod.Put, part.GetProperty("url").GetString())
            {
                Content = content.ToHttpContent(offset, Math.Min(partSize, content.Size - offset)),
            };
            var response = await media.Http.SendAsync(request);
            await Expect(response, HttpStatusCode.OK);
            parts.Add(new { partNumber = number, etag = response.Headers.ETag!.Tag });
        }
        return parts;
    }

    /// <summary>The single PUT a ticket asks for, with the headers it says to send (S3 signs <c>If-None-Match</c>).</summary>
    public static HttpRequestMessage PutRequest(JsonElement ticket, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ticket.GetProperty("url").GetString()) { Content = content };
        foreach (var header in ticket.GetProperty("headers").EnumerateObject().Where(h => h.Name != "Content-Type"))
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString()).Should().BeTrue();
        }
        return request;
    }

    public Task<HttpResponseMessage> CompleteAsync(Account account, JsonElement ticket, List<object>? parts) =>
        media.SendAsync(HttpMethod.Post, $"/api/uploads/{ticket.GetProperty("uploadId").GetGuid()}/complete", account.Token, new { parts });

    public async Task<JsonElement> UploadAsync(Account account, TestContent content, string contentType, string purpose = "project-upload",
        Guid? projectId = null, Guid? sceneId = null, string fileName = "file")
    {
        var ticket = await CreateAsync(account, fileName, contentType, content.Size, purpose, projectId, sceneId);
        var parts = await SendAsync(ticket, content, contentType);
        var completed = await CompleteAsync(account, ticket, parts);
        await Expect(completed, HttpStatusCode.OK);
        return await completed.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new Xunit.Sdk.XunitException($"Expected {(int)status} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Expects a problem+json answer with this status (and error code, when given) and returns the problem.</summary>
    public static async Task<JsonElement> ExpectProblem(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        await Expect(response, status);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        if (code is not null)
        {
            problem.GetProperty("code").GetString().Should().Be(code);
        }
        return problem;
    }
}
