using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// One client's fixed window of one policy, counted in Redis so that every gateway replica enforces the same limit
/// (RedisRateLimiting's atomic Lua script). While Redis does not answer, a window of the replica's own counts instead,
/// so the gateway keeps serving with looser limits rather than failing every request.
/// For large limits a replica takes a few permits at once (<see cref="BatchFor"/>: a thousandth of the limit, at most 64)
/// and hands them out until the window ends, so a busy client costs a round trip to Redis per batch, not per request;
/// permits a replica holds unused are refused to the client elsewhere, so the limit is never exceeded, and a limit under
/// 2,000 is counted one request at a time, exactly (docs/decisions/0009-gateway-edge.md).
/// </summary>
public sealed class WindowLimiter : RateLimiter
{
    private readonly RateLimiter _shared;
    private readonly FixedWindowRateLimiter _local;
    private readonly RedisAvailability _availability;
    private readonly LimitDescription _description;
    private readonly int _batch;
    private readonly Lock _reserve = new();
    private int _reserved;
    private long _reservedUntilMs;

    public WindowLimiter(string partition, LimitDescription description, IConnectionMultiplexer redis, RedisAvailability availability)
    {
        _description = description;
        _availability = availability;
        _batch = BatchFor(description.PermitLimit);
        _shared = new RedisFixedWindowRateLimiter<string>(partition, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = description.PermitLimit,
            Window = description.Window,
        });
        _local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = description.PermitLimit,
            Window = description.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    /// <summary>
    /// Counting needs a round trip to Redis, so the synchronous attempt never grants: ASP.NET Core's rate-limiting
    /// middleware then acquires through <see cref="AcquireAsyncCore"/>, as it does for RedisRateLimiting's own limiters.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotAttempted.Instance;

    /// <summary>How many permits a replica takes from Redis at once for a limit: 1 (exact counting) below 2,000.</summary>
    public static int BatchFor(int permitLimit) => Math.Clamp(permitLimit / 1000, 1, 64);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (TakeReserved(permitCount))
        {
            return new WindowLease(Granted.Instance, _description, null);
        }
        if (_availability.ShouldTry)
        {
            try
            {
                var lease = await AcquireSharedAsync(permitCount, cancellationToken);
                _availability.MarkUp();
                return new WindowLease(lease, _description, RetryAfterOf(lease));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                _availability.MarkDown(exception);
            }
        }
        var local = await _local.AcquireAsync(permitCount, cancellationToken);
        return new WindowLease(local, _description, local.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null);
    }

    /// <summary>A batch when the limit is large (the rest kept for the next requests until the window ends), else what was asked.</summary>
    private async ValueTask<RateLimitLease> AcquireSharedAsync(int permitCount, CancellationToken cancellationToken)
    {
        if (_batch <= permitCount)
        {
            return await _shared.AcquireAsync(permitCount, cancellationToken);
        }
        var batch = await _shared.AcquireAsync(_batch, cancellationToken);
        if (!batch.IsAcquired)
        {
            batch.Dispose();
            return await _shared.AcquireAsync(permitCount, cancellationToken); // near the window's end: what is left, one by one
        }
        if (batch.TryGetMetadata(RateLimitMetadataName.Reset, out var windowEnds))
        {
            // When the Redis window ends: Unix seconds in RedisRateLimiting 1.2.1, milliseconds in later versions.
            var windowEndsMs = windowEnds < 100_000_000_000 ? windowEnds * 1000 : windowEnds;
            lock (_reserve)
            {
                if (windowEndsMs != _reservedUntilMs)
                {
                    _reserved = 0; // what is left of an earlier window counts no more
                }
                _reserved += _batch - permitCount;
                _reservedUntilMs = windowEndsMs;
            }
        }
        return batch;
    }

    private bool TakeReserved(int permitCount)
    {
        if (_batch <= 1)
        {
            return false;
        }
        lock (_reserve)
        {
            if (_reserved < permitCount || DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() >= _reservedUntilMs)
            {
                return false;
            }
            _reserved -= permitCount;
            return true;
        }
    }

    private TimeSpan? RetryAfterOf(RateLimitLease lease) =>
        lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after
        : lease.IsAcquired ? null : _description.Window;

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private sealed class NotAttempted : RateLimitLease
    {
        public static readonly NotAttempted Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }
        base.Dispose(disposing);
    }
}
