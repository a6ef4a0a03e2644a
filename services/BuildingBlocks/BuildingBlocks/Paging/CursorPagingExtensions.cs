using System.Linq.Expressions;
using AiVideo.SharedKernel.Paging;

namespace AiVideo.BuildingBlocks.Paging;

public static class CursorPagingExtensions
{
    /// <summary>
    /// Keyset paging, newest first, over a time-ordered UUIDv7 key: reads one item more than the limit to know whether
    /// a next page exists, and points the next cursor at the last item returned.
    /// </summary>
    public static async Task<CursorPage<T>> ToCursorPageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, Guid>> key, PageRequest page, CancellationToken cancellationToken)
    {
        if (page.After is { } after)
        {
            var before = Expression.LessThan(key.Body, Expression.Constant(after));
            query = query.Where(Expression.Lambda<Func<T, bool>>(before, key.Parameters));
        }

        var items = await query.OrderByDescending(key).Take(page.Limit + 1).ToListAsync(cancellationToken);
        if (items.Count <= page.Limit)
        {
            return new CursorPage<T>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new CursorPage<T>(items, Cursor.Encode(key.Compile()(items[^1])));
    }
}
