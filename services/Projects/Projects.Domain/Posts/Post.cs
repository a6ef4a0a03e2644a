using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Domain.Posts;

/// <summary>
/// A published video with its text, in the company's feed: a completed project's final video, or an uploaded video file
/// (whose readiness the caller checks with media-api).
/// </summary>
public sealed class Post
{
    public const int MaxTextLength = 5000;

    private Post()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The project whose final video is posted, if it came from one.</summary>
    public Guid? ProjectId { get; private set; }

    /// <summary>The video file posted.</summary>
    public Guid FileId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Posts a project's final video; refused while the project has no completed video.</summary>
    public static Result<Post> FromProject(Project project, Guid authorId, string? text, DateTimeOffset now)
    {
        if (CheckText(text) is { } invalid)
        {
            return invalid;
        }
        if (project.Status != ProjectStatus.Completed || project.FinalVideo is null)
        {
            return Error.Conflict("video_not_ready", $"The project is {WireNames.Of(project.Status)}; only a completed project's final video can be posted.");
        }
        return New(project.CompanyId, authorId, project.Id, project.FinalVideo.FileId, text!, now);
    }

    /// <summary>Posts an uploaded video file of the company.</summary>
    public static Result<Post> FromFile(Guid companyId, Guid authorId, Guid fileId, string? text, DateTimeOffset now)
    {
        if (CheckText(text) is { } invalid)
        {
            return invalid;
        }
        if (fileId == Guid.Empty)
        {
            return Error.Validation("fileId", "The file id is not a file.");
        }
        return New(companyId, authorId, null, fileId, text!, now);
    }

    private static Post New(Guid companyId, Guid authorId, Guid? projectId, Guid fileId, string text, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), CompanyId = companyId, AuthorId = authorId, ProjectId = projectId, FileId = fileId, Text = text.Trim(), CreatedAt = now,
    };

    private static Error? CheckText(string? text) => string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxTextLength
        ? Error.Validation("text", $"A post's text has 1 to {MaxTextLength} characters.")
        : null;
}
