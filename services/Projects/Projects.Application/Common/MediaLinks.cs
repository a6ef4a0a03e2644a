namespace AiVideo.Projects.Application.Common;

/// <summary>Where clients reach a media file through the gateway: its bytes (streamed, with Range) and its metadata (with a signed download URL).</summary>
public static class MediaLinks
{
    public static string Content(Guid fileId) => $"/api/files/{fileId}/content";

    public static string Metadata(Guid fileId) => $"/api/files/{fileId}";
}
