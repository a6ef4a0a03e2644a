namespace AiVideo.Projects.Application.Providers;

/// <summary>The generation providers generation-api has configured (asked of it, remembered for a short while).</summary>
public interface IGenerationProviders
{
    /// <summary>The providers' names.</summary>
    /// <exception cref="GenerationUnavailableException">generation-api could not be asked.</exception>
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken);
}
