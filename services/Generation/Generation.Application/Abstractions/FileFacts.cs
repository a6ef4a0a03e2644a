namespace AiVideo.Generation.Application.Abstractions;

/// <summary>What media-api says a file is: its content type and size in bytes.</summary>
public sealed record FileFacts(string ContentType, long Size)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public bool IsVideo => ContentType.StartsWith("video/", StringComparison.Ordinal);

    public bool IsAudio => ContentType.StartsWith("audio/", StringComparison.Ordinal);
}
