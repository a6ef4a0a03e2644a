using AiVideo.Generation.Application.Providers;
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

    public static readonly IReadOnlyList<string> Gen4Ratios = ["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"];
    public static readonly IReadOnlyList<string> Gen3Ratios = ["1280:768", "768:1280"];
    public static readonly IReadOnlyList<int> DefaultDurations = [5, 10];

    /// <summary>
    /// Adds the clip port with the model's ratios and durations (<c>Parameters:Ratios</c> as <c>1280:720,…</c> and
    /// <c>Parameters:Durations</c> as <c>5,10</c>, else Runway's documented ones for Gen-4 and Gen-3 models), read here so a
    /// mistyped one stops the service at start, and the version header beside the key on every request.
    /// </summary>
    public static void Register(CloudProviderRegistration provider)
    {
        var settings = provider.Settings;
        settings.ClipModel ??= DefaultClipModel;
        var version = Parameter(settings, "ApiVersion") ?? ApiVersion;
        var ratios = Parameter(settings, "Ratios") is { } configuredRatios
            ? Items(configuredRatios, $"{provider.Name}:Parameters:Ratios", "ratios like 1280:720", r => r.Contains(':') && VideoSize.TryParse(r.Replace(':', 'x'), out _))
            : settings.ClipModel.StartsWith("gen3", StringComparison.OrdinalIgnoreCase) ? Gen3Ratios : Gen4Ratios;
        var durations = Parameter(settings, "Durations") is { } configuredDurations
            ? Items(configuredDurations, $"{provider.Name}:Parameters:Durations", "whole seconds", d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList()
            : DefaultDurations;
        var withKey = provider.ConfigureHttp;
        provider.ConfigureHttp = http =>
        {
            withKey(http);
            http.DefaultRequestHeaders.Add("X-Runway-Version", version);
        };
        provider.AddPort<IClipGenerator>((services, client) => new RunwayClipGenerator(client, services.GetRequiredService<ProviderMedia>(), ratios, [.. durations.Order()]));
    }

    private static string? Parameter(ProviderSettings settings, string name) =>
        settings.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string[] Items(string text, string setting, string what, Func<string, bool> valid)
    {
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length > 0 && items.All(valid) ? items : throw new InvalidOperationException($"{setting} is '{text}', not a comma-separated list of {what}.");
    }
}
