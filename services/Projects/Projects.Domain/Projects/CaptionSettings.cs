namespace AiVideo.Projects.Domain.Projects;

/// <summary>Whether captions are made, burned into the picture (or delivered as WebVTT), and in which style.</summary>
public sealed record CaptionSettings(bool Enabled, bool Burned, CaptionStyle Style)
{
    public static readonly CaptionSettings Default = new(true, true, CaptionStyle.Classic);
}
