namespace AiVideo.MediaStorage.Domain.Usage;

/// <summary>How many bytes and files a company keeps in storage; changed in the same transaction as the files themselves.</summary>
public sealed class CompanyUsage
{
    private CompanyUsage()
    {
    }

    public Guid CompanyId { get; private set; }

    public long BytesUsed { get; private set; }

    public int FileCount { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CompanyUsage Empty(Guid companyId, DateTimeOffset now) => new() { CompanyId = companyId, UpdatedAt = now };

    /// <summary>Whether <paramref name="bytes"/> more fit under <paramref name="quota"/>.</summary>
    public bool Fits(long bytes, long quota) => BytesUsed + bytes <= quota;

    public void Add(long bytes, DateTimeOffset now)
    {
        BytesUsed += bytes;
        FileCount++;
        UpdatedAt = now;
    }

    public void Remove(long bytes, DateTimeOffset now)
    {
        BytesUsed = Math.Max(0, BytesUsed - bytes);
        FileCount = Math.Max(0, FileCount - 1);
        UpdatedAt = now;
    }
}
