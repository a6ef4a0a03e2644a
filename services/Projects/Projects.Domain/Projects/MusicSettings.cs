namespace AiVideo.Projects.Domain.Projects;

/// <summary>The background music of the final video (a media file) and its volume from 0 to 1; no file, no music.</summary>
public sealed record MusicSettings(Guid? FileId, double Volume)
{
    public const double DefaultVolume = 0.3;

    public static readonly MusicSettings None = new(null, DefaultVolume);
}
