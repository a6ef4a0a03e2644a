using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Projects;

/// <summary>
/// <c>GET /api/projects?scope=mine|company&amp;status=</c>: the company's projects (or the caller's own), newest first,
/// keyset-paged by the UUIDv7 id.
/// </summary>
public sealed class ListProjects(IProjects projects)
{
    public const string MineScope = "mine";
    public const string CompanyScope = "company";

    public async Task<Result<CursorPage<ProjectSummaryView>>> ExecuteAsync(
        Actor actor, string? scope, string? status, PageRequest page, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var mine = scope?.Trim().ToLowerInvariant() switch
        {
            null or "" or CompanyScope => false,
            MineScope => true,
            _ => (bool?)null,
        };
        if (mine is null)
        {
            errors["scope"] = [$"The scope is '{MineScope}' or '{CompanyScope}'."];
        }
        ProjectStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (WireNames.TryParse<ProjectStatus>(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = [$"'{status}' is not one of: {string.Join(", ", WireNames.All<ProjectStatus>())}."];
            }
        }
        if (Paging.CheckCursor(page) is { } cursor)
        {
            errors["cursor"] = [cursor];
        }
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }
        var found = await projects.ListAsync(actor.CompanyId, mine == true ? actor.UserId : null, wanted, page, cancellationToken);
        return found.Map(ProjectSummaryView.Of);
    }
}
