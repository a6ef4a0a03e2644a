namespace AiVideo.SharedKernel.Paging;

/// <summary>One page of a list, and the cursor of the next page when there is one.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public CursorPage<TResult> Map<TResult>(Func<T, TResult> map) => new(Items.Select(map).ToList(), NextCursor);
}
