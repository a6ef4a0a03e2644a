using System.Net.Http.Headers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Mux;

/// <summary>
/// Mux Video as a transcoder of uploaded videos. Its API authenticates with an access token's id and secret as HTTP Basic:
/// <c>ApiKey</c> written <c>id:secret</c>, or <c>Parameters:TokenId</c> and <c>Parameters:TokenSecret</c>.
/// <c>Parameters:StreamBaseUrl</c> (default <c>https://stream.mux.com/</c>) and <c>Parameters:ImageBaseUrl</c> (default
/// <c>https://image.mux.com/</c>) are where a playback id's HLS and thumbnail are.
/// </summary>
internal static class MuxProvider
{
    public static readonly Uri DefaultBaseUrl = new("https://api.mux.com/");

    public static void Register(CloudProviderRegistration provider)
    {
        var settings = provider.Settings;
        var (id, secret) = settings.Parameters.GetValueOrDefault("TokenId") is { Length: > 0 } tokenId
            ? (tokenId, settings.Parameters.GetValueOrDefault("TokenSecret") ?? settings.ApiKey ?? "")
            : settings.ApiKey?.Split(':', 2) is [var first, var second] ? (first, second) : (null, null);
        if (id is null || string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException(
                $"Generation:Providers:{provider.Name} (mux) needs its access token: ApiKey as 'id:secret', or Parameters:TokenId and Parameters:TokenSecret.");
        }
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{id}:{secret}"));
        provider.ConfigureHttp = http => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        provider.AddPort<IVideoTranscoder>((services, client) => new MuxTranscoder(client, services.GetRequiredService<ProviderMedia>()));
    }
}
