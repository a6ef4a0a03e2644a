namespace AiVideo.Generation.Application.Abstractions;

/// <summary>The media ports of a named provider (<c>local</c>, and cloud providers as they are added).</summary>
public interface IMediaProviders
{
    /// <summary>The names of the providers that have implementations.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The provider's implementation of a port; a provider without one fails with <see cref="MediaErrorCodes.InvalidRequest"/>
    /// (a job naming it fails for good).
    /// </summary>
    T Get<T>(string provider) where T : class;
}
