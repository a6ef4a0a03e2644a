namespace AiVideo.Projects.Application.Files;

/// <summary>media-api could not be asked whether a file belongs to the caller's company; the request may be tried again.</summary>
public sealed class MediaUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
