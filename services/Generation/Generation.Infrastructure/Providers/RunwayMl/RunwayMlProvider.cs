using System.Net.Http.Headers;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.RunwayMl;

/// <summary>
/// RunwayML's API (<c>https://api.dev.runwayml.com/v1/</c>): scene clips from the scene picture by <c>image_to_video</c>.
/// Every request carries the key as <c>Authorization: Bearer</c> and the API version it was written against as
/// <c>X-Runway-Version</c> (<c>Parameters:ApiVersion</c>, default <see cref="ApiVersion"/>).
/// </summary>
internal static class RunwayMlProvider
{
    public const string ApiVersion = "2024-11-06";
    public const string DefaultClipModel = "gen4_turbo";

    public static Uri DefaultBaseUrl { get; } = new("https://api.dev.runwayml.com/v1/");

    public static void Register(CloudProviderRegistration provider)
    {
        var settings = provider.Settings;
        settings.ClipModel ??= DefaultClipModel;
        var version = settings.Parameters.TryGetValue("ApiVersion", out var configured) && !string.IsNullOrWhiteSpace(configured) ? configured.Trim() : ApiVersion;
        provider.ConfigureHttp = http =>
        {
            if (!string.IsNullOrEmpty(settings.ApiKey))
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
            }
            http.DefaultRequestHeaders.Add("X-Runway-Version", version);
        };
        provider.AddPort<IClipGenerator>((services, client) => new RunwayClipGenerator(client, services.GetRequiredService<ProviderMedia>()));
    }
}
