namespace AiVideo.Generation.Application.Media;

/// <summary>Creates per-job <see cref="MediaWorkspace"/>s under the configured temporary root.</summary>
public interface IMediaWorkspaces
{
    MediaWorkspace Create(string label = "job");
}
