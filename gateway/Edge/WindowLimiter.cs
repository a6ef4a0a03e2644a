using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// One client's fixed window of one policy, counted in Redis so that every gateway replica enforces the same limit
/// (RedisRateLimiting's atomic Lua script). While Redis does not answer, a window of the replica's own counts instead,
/// so the gateway keeps serving with looser limits rather than failing every request.
/// </summary>
public sealed class WindowLimiter : RateLimiter
{
    private readonly RateLimiter _shared;
    private readonly FixedWindowRateLimiter _local;
    private readonly RedisAvailability _availability;
    private readonly LimitDescription _description;

    public WindowLimiter(string partition, LimitDescription description, IConnectionMultiplexer redis, RedisAvailability availability)
    {
        _description = description;
        _availability = availability;
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

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (_availability.ShouldTry)
        {
            try
            {
                var lease = await _shared.AcquireAsync(permitCount, cancellationToken);
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

    private TimeSpan? RetryAfterOf(RateLimitLease lease) =>
        lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after
        : lease.IsAcquired ? null : _description.Window;

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
