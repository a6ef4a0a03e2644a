using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using AiVideo.BuildingBlocks.Http;
using ByteRange = AiVideo.MediaStorage.Application.Storage.ByteRange;

namespace AiVideo.MediaStorage.Infrastructure.Storage;

/// <summary>
/// The S3-compatible backend (AWS S3, Cloudflare R2, MinIO) over AWSSDK.S3: presigned PUTs for objects and parts,
/// presigned GETs, ranged reads, multipart uploads. It avoids the calls some compatible servers get wrong (CopyObject,
/// DeleteObjects) and can turn off aws-chunked bodies for servers that store the framing (<see cref="StorageOptions.UseChunkEncoding"/>).
/// </summary>
public sealed class S3ObjectStorage : IObjectStorage, IDisposable
{
    private const string IfNoneMatch = "If-None-Match";

    private readonly AmazonS3Client _client;
    private readonly AmazonS3Client _presigner;
    private readonly StorageOptions _options;
    private readonly Protocol _protocol;

    public S3ObjectStorage(IOptions<StorageOptions> options)
    {
        _options = options.Value;
        var credentials = new BasicAWSCredentials(_options.AccessKey, _options.SecretKey);
        _client = new AmazonS3Client(credentials, Config(_options.ServiceUrl));
        // Presigned URLs are signed for the origin clients reach (the host is part of the signature), which differs
        // from ServiceUrl when media-api talks to the store inside a cluster and clients through an ingress or domain.
        var publicOrigin = string.IsNullOrEmpty(_options.PublicBaseUrl) ? _options.ServiceUrl : _options.PublicBaseUrl;
        _presigner = publicOrigin == _options.ServiceUrl ? _client : new AmazonS3Client(credentials, Config(publicOrigin));
        _protocol = publicOrigin?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS;
    }

    private AmazonS3Config Config(string? serviceUrl)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = _options.ForcePathStyle,
            AuthenticationRegion = _options.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrEmpty(serviceUrl))
        {
            config.ServiceURL = serviceUrl;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(_options.Region);
        }
        return config;
    }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (!await AmazonS3Util.DoesS3BucketExistV2Async(_client, _options.Bucket))
        {
            try
            {
                await _client.PutBucketAsync(new PutBucketRequest { BucketName = _options.Bucket }, cancellationToken);
            }
            catch (AmazonS3Exception exception) when (exception.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
                // Another replica created it meanwhile.
            }
        }
    }

    public async Task<ObjectInfo> PutAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken)
    {
        var response = await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _options.Bucket,
            Key = key,
            InputStream = content,
            ContentType = contentType,
            AutoCloseStream = false,
            UseChunkEncoding = _options.UseChunkEncoding,
            Headers = { ContentLength = length },
        }, cancellationToken);
        return new ObjectInfo(key, length, response.ETag, contentType, DateTimeOffset.UtcNow);
    }

    public async Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = await _client.GetObjectMetadataAsync(_options.Bucket, key, cancellationToken);
            return new ObjectInfo(key, metadata.ContentLength, metadata.ETag, metadata.Headers.ContentType, metadata.LastModified);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the object, or one range of it. A whole object is asked for as the open range <c>bytes=0-</c>: the SDK
    /// hashes a whole-object response with MD5 as it is read, which costs more CPU than the transfer itself (a 206 is
    /// passed through as it comes). An empty object has no range to give, so that one is read plainly.
    /// </summary>
    public async Task<ObjectContent?> GetAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        try
        {
            var request = new GetObjectRequest
            {
                BucketName = _options.Bucket,
                Key = key,
                ByteRange = range is null ? new Amazon.S3.Model.ByteRange("bytes=0-") : new Amazon.S3.Model.ByteRange(range.From, range.To),
            };
            GetObjectResponse response;
            try
            {
                response = await _client.GetObjectAsync(request, cancellationToken);
            }
            catch (AmazonS3Exception exception) when (range is null && exception.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                request.ByteRange = null;
                response = await _client.GetObjectAsync(request, cancellationToken);
            }
            var total = response.ContentRange is { } contentRange && long.TryParse(contentRange[(contentRange.LastIndexOf('/') + 1)..], out var whole)
                ? whole
                : response.ContentLength;
            var info = new ObjectInfo(key, total, response.ETag, response.Headers.ContentType, response.LastModified);
            return new ObjectContent(response.ResponseStream, info, range);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _client.DeleteObjectAsync(_options.Bucket, key, cancellationToken);

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _options.Bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await _client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                yield return new ObjectInfo(item.Key, item.Size ?? 0, item.ETag, null, item.LastModified);
            }
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    /// <summary>
    /// A PUT that cannot replace an object: <c>If-None-Match: *</c> is signed, so once the object is stored (and verified
    /// on completion) the URL answers 412 instead of overwriting it (AWS S3, R2 and MinIO honour conditional writes).
    /// <c>Content-Length</c> is signed too (S3 checks every signed header), so a URL declared for a byte stores no more and
    /// no fewer than that; HTTP clients send the header themselves for a body of known length.
    /// </summary>
    public PresignedRequest PresignPut(string key, string contentType, long length, DateTimeOffset expiresAt)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket, Key = key, Verb = HttpVerb.PUT, ContentType = contentType, Expires = expiresAt.UtcDateTime, Protocol = _protocol,
        };
        request.Headers[IfNoneMatch] = "*";
        request.Headers.ContentLength = length;
        return new PresignedRequest("PUT", new Uri(_presigner.GetPreSignedURL(request)),
            new Dictionary<string, string> { ["Content-Type"] = contentType, [IfNoneMatch] = "*" }, expiresAt);
    }

    public PresignedRequest PresignGet(string key, DateTimeOffset expiresAt, string? downloadFileName = null)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket, Key = key, Verb = HttpVerb.GET, Expires = expiresAt.UtcDateTime, Protocol = _protocol,
        };
        if (downloadFileName is not null)
        {
            request.ResponseHeaderOverrides.ContentDisposition = ContentDisposition.Attachment(downloadFileName);
        }
        return new PresignedRequest("GET", new Uri(_presigner.GetPreSignedURL(request)), new Dictionary<string, string>(), expiresAt);
    }

    public async Task<string> StartMultipartAsync(string key, string contentType, CancellationToken cancellationToken) =>
        (await _client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = _options.Bucket, Key = key, ContentType = contentType,
        }, cancellationToken)).UploadId;

    /// <summary>A PUT of one part, its exact length signed (<c>Content-Length</c>, as for <see cref="PresignPut"/>).</summary>
    public PresignedRequest PresignPart(string key, string uploadId, int partNumber, long length, DateTimeOffset expiresAt)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket, Key = key, Verb = HttpVerb.PUT, UploadId = uploadId, PartNumber = partNumber,
            Expires = expiresAt.UtcDateTime, Protocol = _protocol,
        };
        request.Headers.ContentLength = length;
        return new PresignedRequest("PUT", new Uri(_presigner.GetPreSignedURL(request)), new Dictionary<string, string>(), expiresAt);
    }

    public async Task<MultipartCompletion> CompleteMultipartAsync(string key, string uploadId, IReadOnlyList<CompletedPart> parts, CancellationToken cancellationToken)
    {
        try
        {
            await _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = _options.Bucket,
                Key = key,
                UploadId = uploadId,
                PartETags = parts.OrderBy(p => p.PartNumber).Select(p => new PartETag(p.PartNumber, p.ETag)).ToList(),
            }, cancellationToken);
            return MultipartCompletion.Completed;
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode is "InvalidPart" or "InvalidPartOrder" or "EntityTooSmall")
        {
            return MultipartCompletion.InvalidParts;
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode == "NoSuchUpload" || exception.StatusCode == HttpStatusCode.NotFound)
        {
            return MultipartCompletion.NoSuchUpload;
        }
    }

    public async Task AbortMultipartAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            await _client.AbortMultipartUploadAsync(_options.Bucket, key, uploadId, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (exception.ErrorCode == "NoSuchUpload" || exception.StatusCode == HttpStatusCode.NotFound)
        {
            // Already completed or aborted.
        }
    }

    public void Dispose()
    {
        if (!ReferenceEquals(_presigner, _client))
        {
            _presigner.Dispose();
        }
        _client.Dispose();
    }
}
