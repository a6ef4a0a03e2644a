namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>
/// Section <c>Storage</c>: which backend holds the bytes and how to reach it. <c>filesystem</c> (the default, for local
/// runs) keeps objects under <see cref="RootPath"/> and serves its own signed URLs at <see cref="PublicBaseUrl"/>;
/// <c>s3</c> talks to any S3-compatible service (AWS S3, Cloudflare R2, MinIO).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string Provider { get; set; } = "filesystem";

    public string Bucket { get; set; } = "aivideo";

    /// <summary>The S3 endpoint, e.g. https://&lt;account&gt;.r2.cloudflarestorage.com or http://127.0.0.1:9000 (empty for AWS itself).</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Path-style addressing (<c>endpoint/bucket/key</c>), which MinIO, s3rver and R2 expect.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>
    /// Send PUT bodies with aws-chunked encoding (the SDK's default). Turn off for S3-compatible servers that store the
    /// chunk framing as data (s3rver over http does); AWS S3 and R2 over https need it on or off alike.
    /// </summary>
    public bool UseChunkEncoding { get; set; } = true;

    /// <summary>
    /// The origin clients reach storage through, where it differs from how media-api reaches it. The filesystem
    /// backend's signed URLs start with it (required there: the gateway's origin, which routes <c>/storage</c>); the S3
    /// backend signs its presigned URLs for it instead of <see cref="ServiceUrl"/> (optional: an ingress or custom
    /// domain in front of the store, e.g. https://media.example.com; an origin, without a path).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Where the filesystem backend keeps objects.</summary>
    public string RootPath { get; set; } = "storage";

    /// <summary>The secret the filesystem backend signs its URLs with (a secret: from the environment or a secret store).</summary>
    public string? SigningKey { get; set; }

    public bool IsS3 => Provider.Equals("s3", StringComparison.OrdinalIgnoreCase);

    public bool IsFileSystem => Provider.Equals("filesystem", StringComparison.OrdinalIgnoreCase);
}
