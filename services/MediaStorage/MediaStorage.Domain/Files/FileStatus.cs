namespace AiVideo.MediaStorage.Domain.Files;

/// <summary>A file's life: <c>uploading</c> until its bytes are verified, then <c>available</c> (or <c>processing</c> while a rendition is made), or <c>failed</c>.</summary>
public enum FileStatus
{
    Uploading,
    Processing,
    Available,
    Failed,
}
