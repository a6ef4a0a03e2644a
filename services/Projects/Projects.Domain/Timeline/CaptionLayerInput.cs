namespace AiVideo.Projects.Domain.Timeline;

/// <summary>A caption layer as a client sends it; without a style it takes the project's caption style.</summary>
public sealed record CaptionLayerInput(string? Text, double StartSeconds, double EndSeconds, string? Style = null);
