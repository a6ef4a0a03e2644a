namespace AiVideo.Projects.Application.Projects;

/// <summary>Whether captions are made, burned in (else WebVTT), and their style.</summary>
public sealed record CaptionsView(bool Enabled, bool Burned, string Style);
