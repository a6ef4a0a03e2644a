namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>The origin clients reached this service through (the gateway's, from the forwarded request), for links back to it; null when unknown.</summary>
public interface IPublicOrigin
{
    Uri? Current { get; }
}
