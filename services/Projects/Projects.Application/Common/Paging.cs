namespace AiVideo.Projects.Application.Common;

/// <summary>
/// Cursors of this service's lists point at an item's id, a UUIDv7 made by the service; a cursor that decodes to
/// anything else was not given out by a list (it was edited) and is refused rather than silently paging from nowhere.
/// </summary>
public static class Paging
{
    public static string? CheckCursor(PageRequest page) =>
        page.After is { } after && (after.Version != 7 || (after.Variant & 0xC) != 0x8)
            ? "The cursor is not one this list gave out."
            : null;
}
