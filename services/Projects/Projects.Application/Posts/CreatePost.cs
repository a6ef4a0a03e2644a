using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Posts;
using FluentValidation;

namespace AiVideo.Projects.Application.Posts;

/// <summary>
/// <c>POST /api/posts</c>: publishes a video of the company with a text: a completed project's final video, or an
/// uploaded video file. A video that is still uploading or processing (or a project not completed) is refused with 409.
/// </summary>
public sealed class CreatePost(IPosts posts, IProjects projects, FileChecks files, IUnitOfWork unit, TimeProvider time)
{
    public sealed record Command(Guid? ProjectId, Guid? FileId, string? Text);

    private static readonly InlineValidator<Command> Rules = new()
    {
        v => v.RuleFor(c => c).Must(c => c.ProjectId is null != c.FileId is null).WithName("projectId")
            .OverridePropertyName("projectId").WithMessage("Give either the project whose final video is posted or the video file, not both."),
        v => v.RuleFor(c => c.Text).NotEmpty().MaximumLength(Post.MaxTextLength).WithMessage($"A post's text has 1 to {Post.MaxTextLength} characters."),
    };

    public async Task<Result<PostView>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
    {
        if (Validation.Check(Rules, command) is { } invalid)
        {
            return invalid;
        }
        var now = time.GetUtcNow();
        Result<Post> post;
        if (command.ProjectId is { } projectId)
        {
            if (await projects.ReadRowAsync(projectId, actor.CompanyId, cancellationToken) is not { } project)
            {
                return Error.Validation("projectId", $"The project {projectId} was not found in your company.");
            }
            post = Post.FromProject(project, actor.UserId, command.Text, now);
        }
        else
        {
            var fileId = command.FileId!.Value;
            var file = await files.CurrentAsync(actor.CompanyId, fileId, cancellationToken);
            if (file is null || !FileKind.Video.Matches(file.ContentType))
            {
                return Error.Validation("fileId", file is null
                    ? $"The file {fileId} was not found among your company's files."
                    : $"The file {fileId} is {file.ContentType}, not a video.");
            }
            if (!file.IsAvailable)
            {
                return Error.Conflict("video_not_ready", $"The video is {file.Status}; it can be posted once it is available.");
            }
            post = Post.FromFile(actor.CompanyId, actor.UserId, fileId, command.Text, now);
        }
        if (!post.IsSuccess)
        {
            return post.Error;
        }
        posts.Add(post.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return PostView.Of(post.Value);
    }
}
