namespace AiVideo.Generation.Application.Media;

/// <summary>Writes a storyboard from a prompt (a template writer offline, a chat model in the cloud).</summary>
public interface IStoryWriter
{
    Task<Storyboard> WriteAsync(StoryRequest request, IProgress<MediaProgress>? progress, CancellationToken cancellationToken);
}
