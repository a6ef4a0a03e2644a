namespace AiVideo.MediaStorage.Infrastructure.Persistence;

internal static class ChangeTrackerExtensions
{
    /// <summary>
    /// Stops tracking the matching entities this context loaded (those it changed too when <paramref name="evenIfChanged"/>),
    /// so the next query reads their rows afresh instead of handing back what was read earlier in the scope (before
    /// another transaction changed them).
    /// </summary>
    public static void Forget<T>(this DbContext db, Func<T, bool> matches, bool evenIfChanged = false) where T : class
    {
        foreach (var entry in db.ChangeTracker.Entries<T>().Where(e => (evenIfChanged || e.State == EntityState.Unchanged) && matches(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
