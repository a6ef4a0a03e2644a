namespace AiVideo.Projects.Infrastructure.Persistence;

/// <summary>
/// The service's clock in the database's precision: PostgreSQL keeps timestamps to the microsecond, so the service
/// takes its times to the microsecond too, and what a write answers (<c>createdAt</c>, <c>updatedAt</c>) is exactly
/// what a later read of the same row returns.
/// </summary>
internal sealed class DatabaseClock(TimeProvider clock) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public override long GetTimestamp() => clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(callback, state, dueTime, period);
}
