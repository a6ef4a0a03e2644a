using AiVideo.MediaStorage.Application.Playback;

namespace AiVideo.MediaStorage.Api.Http;

/// <summary>The origin of the request being handled (scheme and host as the gateway forwarded them), for links back to media-api.</summary>
public sealed class RequestOrigin(IHttpContextAccessor accessor) : IPublicOrigin
{
    public Uri? Current => accessor.HttpContext?.Request is { Host.HasValue: true } request
        ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
        : null;
}
