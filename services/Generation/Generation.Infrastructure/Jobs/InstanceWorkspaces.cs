namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>Job workspaces inside this instance's folder (<see cref="WorkspaceHome"/>), so a sweep after a crash finds them.</summary>
internal sealed class InstanceWorkspaces(WorkspaceHome home) : IMediaWorkspaces
{
    public MediaWorkspace Create(string label = "job") => MediaWorkspace.Create(home.Path, label);
}
