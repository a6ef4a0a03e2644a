namespace AiVideo.Projects.Application.Projects;

/// <summary>The background music file (none: no music) and its volume from 0 to 1.</summary>
public sealed record MusicView(Guid? FileId, double Volume);
