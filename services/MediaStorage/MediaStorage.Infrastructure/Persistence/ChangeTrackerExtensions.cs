namespace AiVideo.MediaStorage.Infrastructure.Persistence;

internal static class ChangeTrackerExtensions
{
    /// <summary>
    /// Stops tracking the matching entities this context loaded and has not changed, so the next query reads their rows
    /// afresh instead of handing back what was read earlier in the scope (before another transaction changed them).
    /// </summary>
    public static void ForgetUnchanged<T>(this DbContext db, Func<T, bool> matches) where T : class
    {
        foreach (var entry in db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Unchanged && matches(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
