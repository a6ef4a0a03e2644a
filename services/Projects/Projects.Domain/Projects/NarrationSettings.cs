namespace AiVideo.Projects.Domain.Projects;

/// <summary>Whether the scenes' narration is spoken over the final video, and in which voice.</summary>
public sealed record NarrationSettings(bool Enabled, NarrationVoice Voice)
{
    public static readonly NarrationSettings Default = new(true, NarrationVoice.EnglishUs);
}
