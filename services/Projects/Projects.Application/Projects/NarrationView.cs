namespace AiVideo.Projects.Application.Projects;

/// <summary>Whether narration is spoken, in which voice (espeak-ng name) and language (BCP 47).</summary>
public sealed record NarrationView(bool Enabled, string Voice, string Language);
