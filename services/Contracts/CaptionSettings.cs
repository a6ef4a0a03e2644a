namespace AiVideo.Contracts;

/// <summary>How captions are rendered: burned into the picture or delivered as WebVTT.</summary>
public sealed record CaptionSettings(bool Enabled, bool Burned, string? Font, int? FontSize, string? Color, string? Position);
