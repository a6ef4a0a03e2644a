using AiVideo.Projects.Application.Files;

namespace AiVideo.Projects.Application.Abstractions;

/// <summary>media-api, asked with this service's token about files projects-api has not seen in an event.</summary>
public interface IMediaApi
{
    /// <summary>The company's file as media-api has it, or null when the company has no such file.</summary>
    /// <exception cref="MediaUnavailableException">media-api could not be asked.</exception>
    Task<MediaFile?> FindFileAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken);
}
