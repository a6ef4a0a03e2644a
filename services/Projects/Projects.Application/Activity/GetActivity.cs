namespace AiVideo.Projects.Application.Activity;

/// <summary>
/// <c>GET /api/projects/{id}/activity?cursor=&amp;limit=</c>: the project's history oldest first; the cursor is the number
/// of the last entry seen (what SSE calls the last event id).
/// </summary>
public sealed class GetActivity(IProjects projects, IProjectActivity activity)
{
    public async Task<Result<CursorPage<ActivityView>>> ExecuteAsync(Actor actor, Guid projectId, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        long after = 0;
        if (!string.IsNullOrEmpty(cursor) && (!long.TryParse(cursor, System.Globalization.NumberStyles.None, null, out after) || after < 0))
        {
            errors["cursor"] = ["The cursor is the number of the last entry seen (0 or more)."];
        }
        if (limit is < 1 or > PageRequest.MaxLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {PageRequest.MaxLimit}."];
        }
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }
        if (await projects.ReadRowAsync(projectId, actor.CompanyId, cancellationToken) is null)
        {
            return Access.ProjectNotFound;
        }
        var size = limit ?? PageRequest.DefaultLimit;
        var entries = await activity.AfterAsync(projectId, after, size + 1, cancellationToken);
        return entries.Count > size
            ? new CursorPage<ActivityView>(entries.Take(size).ToList(), entries[size - 1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : new CursorPage<ActivityView>(entries, null);
    }
}
