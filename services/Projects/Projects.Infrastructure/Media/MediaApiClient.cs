using System.Net;
using System.Net.Http.Json;
using AiVideo.Projects.Application.Files;

namespace AiVideo.Projects.Infrastructure.Media;

/// <summary>
/// Asks media-api's internal file endpoint (<c>GET /internal/files/{id}?companyId=</c>, service token, scope
/// <c>internal</c>) whether a file is the company's and what it is. 404 means it is not; anything else that is not an
/// answer means media-api could not be asked.
/// </summary>
internal sealed class MediaApiClient(HttpClient http) : IMediaApi
{
    public async Task<MediaFile?> FindFileAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync($"internal/files/{fileId}?companyId={companyId}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new MediaUnavailableException($"media-api answered {(int)response.StatusCode} when asked about file {fileId}.");
            }
            var file = await response.Content.ReadFromJsonAsync<FileResponse>(cancellationToken)
                ?? throw new MediaUnavailableException($"media-api answered with an empty body when asked about file {fileId}.");
            return new MediaFile(file.Id, companyId, file.ContentType, file.Status, file.Width, file.Height, file.DurationSeconds);
        }
        catch (HttpRequestException exception)
        {
            throw new MediaUnavailableException($"media-api could not be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MediaUnavailableException("media-api did not answer in time.", exception);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new MediaUnavailableException($"media-api's answer about file {fileId} could not be read: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            // The service token could not be had (no client credentials configured, identity-api refusing them).
            throw new MediaUnavailableException($"media-api could not be asked: {exception.Message}", exception);
        }
    }

    private sealed record FileResponse(Guid Id, string ContentType, string Status, int? Width, int? Height, double? DurationSeconds);
}
