namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>A timed caption of the final video, in one of the caption styles.</summary>
public sealed record RenderCaption(string Text, double StartSeconds, double EndSeconds, string Style);
