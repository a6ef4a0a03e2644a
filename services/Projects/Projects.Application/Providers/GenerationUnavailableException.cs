namespace AiVideo.Projects.Application.Providers;

/// <summary>generation-api could not be asked which providers it has (unreachable, failing, or its answer unreadable).</summary>
public sealed class GenerationUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
