
namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>media-api's storage settings for each backend, as AppHost or Kubernetes would give them.</summary>
public static class MediaSettings
{
    public const string SigningKey = "storage-signing-key-for-the-tests-0123456789";

    public static Dictionary<string, string?> FileSystem(string publicBaseUrl, string? root = null) => new()
    {
        ["Storage:Provider"] = "filesystem",
        ["Storage:RootPath"] = root ?? Directory.CreateTempSubdirectory("media-store-").FullName,
        ["Storage:PublicBaseUrl"] = publicBaseUrl,
        ["Storage:SigningKey"] = SigningKey,
    };

    public static Dictionary<string, string?> S3(string serviceUrl, string bucket) => new()
    {
        ["Storage:Provider"] = "s3",
        ["Storage:ServiceUrl"] = serviceUrl,
        ["Storage:Bucket"] = bucket,
        ["Storage:AccessKey"] = TestServers.S3AccessKey,
        ["Storage:SecretKey"] = TestServers.S3SecretKey,
        ["Storage:ForcePathStyle"] = "true",
        ["Storage:UseChunkEncoding"] = "false",
    };

    private const long FiveMegabytes = 5L * 1024 * 1024;

    /// <summary>A 64 MB quota and 5 MB parts, so quotas and part lists are tested with small files.</summary>
    public static IReadOnlyDictionary<string, string?> Limits { get; } = new Dictionary<string, string?>
    {
        ["Media:Quotas:DefaultBytes"] = (64L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:MultipartThreshold"] = FiveMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:PartSize"] = FiveMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A sweep every second (the tests move media-api's clock past the uploads' lifetime) and 5 MB parts.</summary>
    public static IReadOnlyDictionary<string, string?> FrequentSweeps { get; } = new Dictionary<string, string?>
    {
        ["Media:SweepInterval"] = "00:00:01",
        ["Media:MultipartThreshold"] = FiveMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:PartSize"] = FiveMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The upload and retention sweeps every second, and deleted projects remembered for two days (the tests move media-api's clock).</summary>
    public static IReadOnlyDictionary<string, string?> FrequentRetentionSweeps { get; } = new Dictionary<string, string?>
    {
        ["Media:SweepInterval"] = "00:00:01",
        ["Retention:SweepInterval"] = "00:00:01",
        ["Retention:DeletedProjects"] = "2.00:00:00",
    };
}
