using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Application.Projects;

/// <summary>A project as lists show it: what it is, where it stands, and its final video's thumbnail.</summary>
public sealed record ProjectSummaryView(
    Guid Id,
    Guid OwnerId,
    string Title,
    string AspectRatio,
    string Style,
    string Status,
    int Progress,
    string? FailureMessage,
    Guid? FinalVideoFileId,
    string? ThumbnailUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProjectSummaryView Of(Project project) => new(
        project.Id, project.OwnerId, project.Title, project.AspectRatio.Name, project.Style.Name, WireNames.Of(project.Status), project.ProgressPercent,
        project.Failure?.Message, project.FinalVideo?.FileId,
        project.FinalVideo?.ThumbnailFileId is { } thumbnail ? MediaLinks.Content(thumbnail) : null, project.CreatedAt, project.UpdatedAt);
}
