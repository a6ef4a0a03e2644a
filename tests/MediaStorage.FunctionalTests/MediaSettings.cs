using AiVideo.Hosting;

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
        ["Storage:AccessKey"] = S3rverServer.AccessKey,
        ["Storage:SecretKey"] = S3rverServer.SecretKey,
        ["Storage:ForcePathStyle"] = "true",
        ["Storage:UseChunkEncoding"] = "false",
    };
}
