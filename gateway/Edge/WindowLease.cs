using System.Threading.RateLimiting;

namespace AiVideo.Gateway.Edge;

/// <summary>A lease that says which limit it came from and, when refused, how long to wait.</summary>
public sealed class WindowLease(RateLimitLease inner, LimitDescription limit, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly MetadataName<LimitDescription> Limit = new("aivideo.limit");

    public override bool IsAcquired => inner.IsAcquired;

    public override IEnumerable<string> MetadataNames => inner.MetadataNames.Append(Limit.Name).Append(MetadataName.RetryAfter.Name).Distinct();

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == Limit.Name)
        {
            metadata = limit;
            return true;
        }
        if (metadataName == MetadataName.RetryAfter.Name && retryAfter is { } after)
        {
            metadata = after;
            return true;
        }
        return inner.TryGetMetadata(metadataName, out metadata);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
