namespace AiVideo.SharedKernel.Paging;

/// <summary>
/// A request for one page of a list, newest first: at most <see cref="Limit"/> items created before the item the cursor
/// points at. Cursors are opaque to clients; they are made by <see cref="Cursor"/>.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private PageRequest(Guid? after, int limit)
    {
        After = after;
        Limit = limit;
    }

    /// <summary>The id of the last item of the previous page, or null for the first page.</summary>
    public Guid? After { get; }

    public int Limit { get; }

    public static PageRequest First(int limit = DefaultLimit) => new(null, Math.Clamp(limit, 1, MaxLimit));

    /// <summary>Reads <c>?cursor=&amp;limit=</c>; says what is wrong with them instead of guessing.</summary>
    public static bool TryCreate(string? cursor, int? limit, out PageRequest page, out IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (Cursor.TryDecode(cursor, out var id))
            {
                after = id;
            }
            else
            {
                problems["cursor"] = ["The cursor is not one this list gave out."];
            }
        }
        if (limit is < 1 or > MaxLimit)
        {
            problems["limit"] = [$"The limit must be between 1 and {MaxLimit}."];
        }

        page = new PageRequest(after, limit ?? DefaultLimit);
        errors = problems;
        return problems.Count == 0;
    }
}
