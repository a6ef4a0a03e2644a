using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiVideo.Generation.Infrastructure.MediaApi;

/// <summary>
/// media-api's internal routes with the service token (<c>/internal/files/{id}/content</c>, <c>/internal/uploads</c> and
/// their presigned PUTs, <c>/internal/files/{id}/renditions/...</c>). Files stream from and to disk, never whole in
/// memory. Outputs are uploaded with their request id and output name, so asking again answers the file stored before
/// (200 with the file) instead of a ticket. Presigned URLs are called without the service token: they carry their own
/// signature, and S3 refuses a second credential. media-api's 410 <c>project_deleted</c> (a file of a deleted project
/// refused, or an input gone with it) becomes <see cref="MediaErrorCodes.ProjectDeleted"/>.
/// </summary>
internal sealed class MediaApiClient(IHttpClientFactory clients) : IMediaFiles
{
    public const string ServiceClient = "media-api-internal";
    public const string PresignedClient = "media-api-presigned";
    private const string Purpose = "generated";

    /// <summary>media-api's problem code for a file refused (or gone) because its project was deleted.</summary>
    private const string ProjectDeletedCode = "project_deleted";

    private HttpClient Service => clients.CreateClient(ServiceClient);

    public async Task<FileFacts> DownloadAsync(Guid companyId, Guid fileId, Guid? projectId, string destination, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Service, new HttpRequestMessage(HttpMethod.Get, Content(companyId, fileId) + ForProject(projectId)), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.Gone)
        {
            var problem = await ProblemAsync(response, cancellationToken);
            throw new MediaProcessingException(IsProjectDeleted(response, problem) ? MediaErrorCodes.ProjectDeleted : MediaErrorCodes.InputNotFound,
                $"The input file {fileId} is not available ({problem.Reason}).", retryable: false);
        }
        await EnsureAsync(response, "reading an input file", cancellationToken);
        await using (var file = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 128 * 1024, useAsync: true))
        {
            await response.Content.CopyToAsync(file, cancellationToken);
        }
        return new FileFacts(response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream", new FileInfo(destination).Length);
    }

    public async Task<FileFacts?> InspectAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Service, new HttpRequestMessage(HttpMethod.Head, Content(companyId, fileId)), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.Gone)
        {
            return null;
        }
        await EnsureAsync(response, "inspecting a file", cancellationToken);
        return new FileFacts(response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream", response.Content.Headers.ContentLength ?? 0);
    }

    public async Task<MediaStream?> OpenAsync(Guid companyId, Guid fileId, string? range, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Content(companyId, fileId));
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }
        var response = await SendAsync(Service, request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.Gone or HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            response.Dispose();
            return null;
        }
        try
        {
            await EnsureAsync(response, "reading a file", cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        var headers = response.Content.Headers;
        return new MediaStream(await response.Content.ReadAsStreamAsync(cancellationToken), headers.ContentType?.ToString() ?? "application/octet-stream",
            headers.ContentLength, headers.ContentRange?.ToString(), response);
    }

    public async Task<StoredMedia> UploadAsync(MediaUpload upload, CancellationToken cancellationToken)
    {
        var size = new FileInfo(upload.Path).Length;
        var body = new
        {
            companyId = upload.CompanyId,
            userId = upload.UserId,
            requestId = upload.RequestId,
            output = upload.Output,
            file = new { fileName = upload.FileName, contentType = upload.ContentType, size, purpose = Purpose, projectId = upload.ProjectId, sceneId = upload.SceneId },
        };
        using var created = await SendAsync(Service, new HttpRequestMessage(HttpMethod.Post, "internal/uploads") { Content = JsonContent.Create(body) }, cancellationToken);
        if (created.StatusCode == HttpStatusCode.OK)
        {
            return Stored(await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
        }
        await EnsureCreatedAsync(created, upload, cancellationToken);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var parts = await SendBytesAsync(ticket, upload, size, cancellationToken);
        var uploadId = ticket.GetProperty("uploadId").GetGuid();
        using var completed = await SendAsync(Service, new HttpRequestMessage(HttpMethod.Post, $"internal/uploads/{uploadId}/complete?companyId={upload.CompanyId}")
        {
            Content = JsonContent.Create(new { parts }),
        }, cancellationToken);
        await EnsureCreatedAsync(completed, upload, cancellationToken);
        return Stored(await completed.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
    }

    public async Task StoreRenditionAsync(Guid companyId, Guid fileId, Guid? projectId, string path, string source, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(source);
        var content = new StreamContent(file, 128 * 1024);
        content.Headers.ContentLength = file.Length;
        using var response = await SendAsync(Service,
            new HttpRequestMessage(HttpMethod.Put, $"internal/files/{fileId}/renditions/{path}?companyId={companyId}{ForProject(projectId)}") { Content = content },
            cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.Gone)
        {
            var problem = await ProblemAsync(response, cancellationToken);
            throw new MediaProcessingException(IsProjectDeleted(response, problem) ? MediaErrorCodes.ProjectDeleted : MediaErrorCodes.OutputRefused,
                $"The video's renditions cannot be stored: {problem.Reason}", retryable: false);
        }
        await EnsureAsync(response, "storing a rendition", cancellationToken);
    }

    public async Task DeleteAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Service, new HttpRequestMessage(HttpMethod.Delete, $"internal/files/{fileId}?companyId={companyId}"), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureAsync(response, "deleting a file", cancellationToken);
        }
    }

    /// <summary>Sends the file's bytes as the ticket says: one presigned PUT (with the headers it lists), or parts; returns the parts to complete with.</summary>
    private async Task<List<object>> SendBytesAsync(JsonElement ticket, MediaUpload upload, long size, CancellationToken cancellationToken)
    {
        var presigned = clients.CreateClient(PresignedClient);
        var parts = new List<object>();
        if (ticket.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
        {
            await using var file = File.OpenRead(upload.Path);
            var request = new HttpRequestMessage(HttpMethod.Put, url.GetString()) { Content = Body(file, 0, size, upload.ContentType) };
            if (ticket.TryGetProperty("headers", out var headers))
            {
                foreach (var header in headers.EnumerateObject().Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
                {
                    request.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
                }
            }
            using var response = await SendAsync(presigned, request, cancellationToken);
            await EnsureAsync(response, "sending an output to storage", cancellationToken);
            return parts;
        }
        var partSize = ticket.GetProperty("partSize").GetInt64();
        foreach (var part in ticket.GetProperty("parts").EnumerateArray())
        {
            var number = part.GetProperty("partNumber").GetInt32();
            var offset = (number - 1) * partSize;
            await using var file = File.OpenRead(upload.Path);
            using var response = await SendAsync(presigned, new HttpRequestMessage(HttpMethod.Put, part.GetProperty("url").GetString())
            {
                Content = Body(file, offset, Math.Min(partSize, size - offset), null),
            }, cancellationToken);
            await EnsureAsync(response, "sending a part of an output to storage", cancellationToken);
            parts.Add(new { partNumber = number, etag = response.Headers.ETag?.Tag });
        }
        return parts;
    }

    private static HttpContent Body(FileStream file, long offset, long length, string? contentType)
    {
        file.Position = offset;
        var content = new StreamContent(new BoundedStream(file, length), 128 * 1024);
        content.Headers.ContentLength = length;
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        return content;
    }

    private static StoredMedia Stored(JsonElement file) => new(
        file.GetProperty("id").GetGuid(), file.GetProperty("size").GetInt64(),
        file.TryGetProperty("width", out var width) && width.ValueKind == JsonValueKind.Number ? width.GetInt32() : null,
        file.TryGetProperty("height", out var height) && height.ValueKind == JsonValueKind.Number ? height.GetInt32() : null);

    private static string Content(Guid companyId, Guid fileId) => $"internal/files/{fileId}/content?companyId={companyId}";

    /// <summary>The query parameter naming the project a job works for (media answers 410 <c>project_deleted</c> for a file gone with it).</summary>
    private static string ForProject(Guid? projectId) => projectId is { } project ? $"&projectId={project}" : "";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new MediaProcessingException(MediaErrorCodes.MediaUnavailable, $"media-api could not be reached: {exception.Message}", retryable: true, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MediaProcessingException(MediaErrorCodes.MediaUnavailable, "media-api did not answer in time.", retryable: true, exception);
        }
    }

    /// <summary>
    /// A refused output (too large, over quota, not what it was declared to be) fails for good; one of a deleted project is
    /// <see cref="MediaErrorCodes.ProjectDeleted"/>; an upload media-api closed before it was completed (aborted, expired)
    /// is tried again (the next attempt uploads afresh); anything else as <see cref="EnsureAsync"/>.
    /// </summary>
    private static async Task EnsureCreatedAsync(HttpResponseMessage response, MediaUpload upload, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType
            or HttpStatusCode.UnprocessableEntity or HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            var problem = await ProblemAsync(response, cancellationToken);
            var message = $"media-api refused the {upload.Output} ({(int)response.StatusCode}): {problem.Reason}";
            throw IsProjectDeleted(response, problem) ? new MediaProcessingException(MediaErrorCodes.ProjectDeleted, message, retryable: false)
                : response.StatusCode == HttpStatusCode.Gone ? new MediaProcessingException(MediaErrorCodes.OutputRefused, message, retryable: true)
                : new MediaProcessingException(MediaErrorCodes.OutputRefused, message, retryable: false);
        }
        await EnsureAsync(response, $"storing the {upload.Output}", cancellationToken);
    }

    private static bool IsProjectDeleted(HttpResponseMessage response, Problem problem) =>
        response.StatusCode == HttpStatusCode.Gone && problem.Code == ProjectDeletedCode;

    /// <summary>Any other failure may pass: media-api down or overloaded, a token not accepted yet, a conflict of a concurrent attempt.</summary>
    private static async Task EnsureAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new MediaProcessingException(MediaErrorCodes.MediaUnavailable,
                $"media-api failed {doing} ({(int)response.StatusCode}): {await ReasonAsync(response, cancellationToken)}", retryable: true);
        }
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await ProblemAsync(response, cancellationToken)).Reason;

    /// <summary>media-api's problem+json answer: its <c>code</c> (when it has one) and what it says in words.</summary>
    private static async Task<Problem> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var plain = new Problem(null, text.Length > 300 ? text[..300] : text.Length == 0 ? response.ReasonPhrase ?? "no reason given" : text);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return plain;
            }
            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                return new Problem(code, detail.GetString()!);
            }
            if (root.TryGetProperty("errors", out var errors))
            {
                return new Problem(code,
                    string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(' ', e.Value.EnumerateArray().Select(m => m.GetString()))}")));
            }
            return new Problem(code, root.TryGetProperty("title", out var title) ? title.GetString() ?? text : text);
        }
        catch (JsonException)
        {
            return plain;
        }
    }

    private sealed record Problem(string? Code, string Reason);
}
