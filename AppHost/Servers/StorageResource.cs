namespace AiVideo.AppHost.Servers;

/// <summary>
/// Where media-api keeps the bytes: settings in the <c>Storage</c> shape media-api reads (Provider, RootPath, ServiceUrl,
/// Bucket, keys...). The embedded filesystem backend by default, an S3-compatible bucket when AppHost is given a
/// <c>Storage</c> section, or the local s3rver (<see cref="S3rverResource"/>).
/// </summary>
public sealed class StorageResource(string name, IReadOnlyDictionary<string, string> settings) : Resource(name)
{
    /// <summary>The <c>Storage:*</c> settings (keys without the section name); secrets come separately.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; } = settings;
}
