namespace AiVideo.Generation.Application.Media;

/// <summary>Reads what a media file holds. A file that is not readable media fails with <see cref="MediaErrorCodes.UnreadableInput"/>.</summary>
public interface IMediaProbe
{
    Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken);
}
