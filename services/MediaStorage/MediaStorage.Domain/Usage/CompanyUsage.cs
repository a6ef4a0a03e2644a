namespace AiVideo.MediaStorage.Domain.Usage;

/// <summary>
/// The storage a company uses: bytes of available files, and bytes reserved by uploads under way, so that concurrent
/// uploads cannot together pass the quota. Changed under a row lock in the same transaction as the files themselves.
/// </summary>
public sealed class CompanyUsage
{
    private CompanyUsage()
    {
    }

    public Guid CompanyId { get; private set; }

    public long BytesUsed { get; private set; }

    public int FileCount { get; private set; }

    public long ReservedBytes { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CompanyUsage Empty(Guid companyId, DateTimeOffset now) => new() { CompanyId = companyId, UpdatedAt = now };

    /// <summary>Whether <paramref name="bytes"/> more fit under <paramref name="quota"/>, counting uploads under way.</summary>
    public bool Fits(long bytes, long quota) => BytesUsed + ReservedBytes + bytes <= quota;

    /// <summary>What is left of <paramref name="quota"/> for new uploads.</summary>
    public long Remaining(long quota) => Math.Max(0, quota - BytesUsed - ReservedBytes);

    public void Reserve(long bytes, DateTimeOffset now)
    {
        ReservedBytes += bytes;
        UpdatedAt = now;
    }

    /// <summary>An upload ended without a file: its reservation is released.</summary>
    public void Release(long bytes, DateTimeOffset now)
    {
        ReservedBytes = Math.Max(0, ReservedBytes - bytes);
        UpdatedAt = now;
    }

    /// <summary>An upload became a file: its reservation becomes use.</summary>
    public void Commit(long reserved, long stored, DateTimeOffset now)
    {
        ReservedBytes = Math.Max(0, ReservedBytes - reserved);
        BytesUsed += stored;
        FileCount++;
        UpdatedAt = now;
    }

    /// <summary>A file's renditions (a video upload's HLS ladder and thumbnail) were stored beside it: their bytes count too.</summary>
    public void AddRenditions(long bytes, DateTimeOffset now)
    {
        BytesUsed += Math.Max(0, bytes);
        UpdatedAt = now;
    }

    /// <summary>A file was deleted (<paramref name="bytes"/>: its own and its renditions').</summary>
    public void Remove(long bytes, DateTimeOffset now)
    {
        BytesUsed = Math.Max(0, BytesUsed - bytes);
        FileCount = Math.Max(0, FileCount - 1);
        UpdatedAt = now;
    }
}
