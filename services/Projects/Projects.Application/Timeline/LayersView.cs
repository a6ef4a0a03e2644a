namespace AiVideo.Projects.Application.Timeline;

/// <summary>The caption layers (timed texts in a style) and audio layers (files under the video) of a project.</summary>
public sealed record LayersView(IReadOnlyList<CaptionLayerView> Captions, IReadOnlyList<AudioLayerView> Audio)
{
    public static LayersView Of(Project project) => new(
        project.CaptionLayers.Select(c => new CaptionLayerView(c.Text, c.StartSeconds, c.EndSeconds, c.Style.Name)).ToList(),
        project.AudioLayers.Select(a => new AudioLayerView(a.FileId, a.Volume, a.Ducking, a.StartSeconds)).ToList());
}
