namespace AiVideo.MediaStorage.Api;

/// <summary>Names the media service's host assembly: its entry point for test hosts and where its consumers are found.</summary>
public sealed class MediaStorageApi
{
    /// <summary>The prefix of this service's queues on the event bus (e.g. <c>media-image-stored</c>).</summary>
    public const string QueuePrefix = "media";
}
