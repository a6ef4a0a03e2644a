namespace AiVideo.Generation.Application.Media;

/// <summary>One caption line on screen from <paramref name="StartSeconds"/> to <paramref name="EndSeconds"/> of the timeline.</summary>
public sealed record CaptionCue(int Index, double StartSeconds, double EndSeconds, string Text);
