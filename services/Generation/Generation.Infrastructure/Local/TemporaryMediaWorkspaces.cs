namespace AiVideo.Generation.Infrastructure.Local;

/// <summary>Creates job workspaces under <see cref="LocalMediaOptions.WorkspaceRoot"/>.</summary>
internal sealed class TemporaryMediaWorkspaces(IOptions<LocalMediaOptions> options) : IMediaWorkspaces
{
    public MediaWorkspace Create(string label = "job") => MediaWorkspace.Create(options.Value.WorkspaceRoot, label);
}
