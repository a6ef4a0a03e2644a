namespace AiVideo.MediaStorage.Domain.Uploads;

/// <summary>
/// One way into storage for one file: a single presigned PUT, or a multipart upload of a known number of parts. It
/// expires if not completed; then (or when aborted) it leaves nothing in storage. Its presigned URLs stay usable until
/// it expires whatever happens to it before, so once they are dead it is settled: whatever they could still have
/// written is removed unless its file is stored.
/// </summary>
public sealed class Upload
{
    private Upload()
    {
    }

    public Guid Id { get; private set; }

    public Guid FileId { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>Where its URLs write: the file's object key.</summary>
    public string StorageKey { get; private set; } = "";

    public UploadMethod Method { get; private set; }

    /// <summary>The storage's id of a multipart upload.</summary>
    public string? MultipartUploadId { get; private set; }

    public long? PartSize { get; private set; }

    public int PartCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? AbortedAt { get; private set; }

    /// <summary>When the sweep made sure, after its URLs expired, that they left nothing behind.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>How many sweeps in a row failed to remove or settle this upload (a storage delete that threw).</summary>
    public int SweepFailures { get; private set; }

    /// <summary>When the sweep may try again after a failure; until then it passes over this upload.</summary>
    public DateTimeOffset? SweepRetryAt { get; private set; }

    public bool IsOpen => CompletedAt is null && AbortedAt is null;

    public static Upload Single(Guid fileId, Guid companyId, string storageKey, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now), FileId = fileId, CompanyId = companyId, StorageKey = storageKey, Method = UploadMethod.Single, PartCount = 1,
        CreatedAt = now, ExpiresAt = now + lifetime,
    };

    public static Upload Multipart(Guid fileId, Guid companyId, string storageKey, string multipartUploadId, long size, long partSize, DateTimeOffset now,
        TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now), FileId = fileId, CompanyId = companyId, StorageKey = storageKey, Method = UploadMethod.Multipart,
        MultipartUploadId = multipartUploadId, PartSize = partSize, PartCount = (int)((size + partSize - 1) / partSize),
        CreatedAt = now, ExpiresAt = now + lifetime,
    };

    /// <summary>A completion must list every part exactly once, numbered 1 to <see cref="PartCount"/>, each with the ETag storage gave it.</summary>
    public Result CheckParts(IReadOnlyList<(int PartNumber, string? ETag)> parts)
    {
        if (Method == UploadMethod.Single)
        {
            return parts.Count == 0 ? Result.Success : Error.Validation("parts", "A single-PUT upload is completed without a part list.");
        }
        var numbers = parts.Select(p => p.PartNumber).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, PartCount)))
        {
            return Error.Validation("parts", $"The upload has {PartCount} part(s): list each of 1 to {PartCount} exactly once.");
        }
        if (parts.Any(p => string.IsNullOrWhiteSpace(p.ETag) || p.ETag.Length > 100))
        {
            return Error.Validation("parts", "Every part needs the ETag its PUT answered with.");
        }
        return Result.Success;
    }

    /// <summary>Whether the upload can still be completed: not past its expiry (swept or not), not aborted.</summary>
    public Result CheckOpen(DateTimeOffset now)
    {
        if (CompletedAt is null && ExpiresAt <= now)
        {
            return Error.Gone("upload_expired", "The upload expired before it was completed; start a new one.");
        }
        if (AbortedAt is not null)
        {
            return Error.Gone("upload_aborted", "The upload was aborted (by the client, or because its bytes were not what it declared); start a new one.");
        }
        return Result.Success;
    }

    public void Complete(DateTimeOffset now) => CompletedAt ??= now;

    public void Abort(DateTimeOffset now) => AbortedAt ??= now;

    /// <summary>Whether its URLs may still write: open and not expired.</summary>
    public bool Accepts(DateTimeOffset now) => IsOpen && ExpiresAt > now;

    /// <summary>The length a part's PUT may carry: the part size, the last part what remains of <paramref name="size"/>.</summary>
    public long PartLength(int partNumber, long size) =>
        Method == UploadMethod.Multipart && partNumber >= 1 && partNumber <= PartCount
            ? Math.Min(PartSize!.Value, size - (partNumber - 1) * PartSize.Value)
            : throw new ArgumentOutOfRangeException(nameof(partNumber), partNumber, $"The upload has {PartCount} part(s).");

    public void Settle(DateTimeOffset now) => SettledAt ??= now;

    /// <summary>
    /// Records that the sweep failed on this upload and puts it off: one minute after the first failure, doubling each
    /// time up to six hours, so one upload storage keeps refusing is retried without being first in every sweep.
    /// </summary>
    public void PostponeSweep(DateTimeOffset now)
    {
        SweepFailures++;
        var minutes = Math.Min(Math.Pow(2, Math.Min(SweepFailures - 1, 16)), 360);
        SweepRetryAt = now + TimeSpan.FromMinutes(minutes);
    }
}
