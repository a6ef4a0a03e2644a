using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.CloudflareStream;

/// <summary>
/// Cloudflare Stream as a transcoder of uploaded videos: its API (<c>https://api.cloudflare.com/client/v4/</c>) with an
/// API token as <c>Authorization: Bearer</c> (<c>ApiKey</c>), in the account <c>Parameters:AccountId</c>.
/// </summary>
internal static class CloudflareStreamProvider
{
    public static readonly Uri DefaultBaseUrl = new("https://api.cloudflare.com/client/v4/");

    public static void Register(CloudProviderRegistration provider)
    {
        if (provider.Settings.Parameters.GetValueOrDefault("AccountId") is not { Length: > 0 } account)
        {
            throw new InvalidOperationException($"Generation:Providers:{provider.Name}:Parameters:AccountId is required for a cloudflare-stream provider.");
        }
        provider.AddPort<IVideoTranscoder>((services, client) => new CloudflareStreamTranscoder(client, services.GetRequiredService<ProviderMedia>(), account));
    }
}
