namespace AiVideo.Projects.Application.Timeline;

/// <summary>A caption shown from <see cref="Start"/> to <see cref="End"/> seconds in a caption style.</summary>
public sealed record CaptionLayerView(string Text, double Start, double End, string Style);
