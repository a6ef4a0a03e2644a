using System.Globalization;

namespace AiVideo.Generation.FunctionalTests.Service;

/// <summary>
/// The settings of the services as AppHost would give them, with short retries so tests see backoffs quickly. Leases last
/// 10 s (heartbeat every 0.5 s): long enough that a worker on a machine busy with ffmpeg never loses its job to a late
/// heartbeat; tests about take-overs shorten them where they need to.
/// </summary>
public static class GenerationSettings
{
    public const string StorageSigningKey = "storage-signing-key-for-the-tests-0123456789";

    public static Dictionary<string, string?> Media(Uri identity, Uri self) => new()
    {
        ["Identity:Url"] = identity.ToString().TrimEnd('/'),
        ["ServiceAuth:ClientId"] = "media-api",
        ["ServiceAuth:ClientSecret"] = IdentitySettings.MediaSecret,
        ["Storage:Provider"] = "filesystem",
        ["Storage:RootPath"] = Directory.CreateTempSubdirectory("generation-media-store-").FullName,
        ["Storage:PublicBaseUrl"] = self.ToString().TrimEnd('/'),
        ["Storage:SigningKey"] = StorageSigningKey,
    };

    public static Dictionary<string, string?> Generation(Uri identity, Uri media, string eventBus, string workspaceRoot, string workerId) => new()
    {
        ["ConnectionStrings:eventbus"] = eventBus,
        ["Identity:Url"] = identity.ToString().TrimEnd('/'),
        ["ServiceAuth:ClientId"] = "generation-api",
        ["ServiceAuth:ClientSecret"] = IdentitySettings.GenerationSecret,
        ["Generation:MediaApi:BaseAddress"] = media.ToString(),
        ["Generation:Jobs:WorkerId"] = workerId,
        ["Generation:Jobs:LeaseDuration"] = "00:00:10",
        ["Generation:Jobs:HeartbeatInterval"] = "00:00:00.500",
        ["Generation:Jobs:PollInterval"] = "00:00:00.200",
        ["Generation:Jobs:RetryBaseDelay"] = "00:00:00.300",
        ["Generation:Jobs:RetryMaxDelay"] = "00:00:02",
        ["Generation:Jobs:SweepInterval"] = "00:00:01",
        ["Providers:Local:WorkspaceRoot"] = workspaceRoot,
    };

    /// <summary>The same settings as environment variables, for generation-api run as a process of its own.</summary>
    public static Dictionary<string, string?> AsEnvironment(IReadOnlyDictionary<string, string?> settings) =>
        settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    public static string Seconds(double seconds) => TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);
}
