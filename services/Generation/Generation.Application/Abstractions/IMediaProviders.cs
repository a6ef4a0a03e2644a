namespace AiVideo.Generation.Application.Abstractions;

/// <summary>The media ports of a named provider (<c>local</c>, and the cloud providers configured).</summary>
public interface IMediaProviders
{
    /// <summary>The names of the providers that have implementations.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Whether the provider implements the port <paramref name="port"/> (an interface such as <see cref="IImageGenerator"/>).</summary>
    bool Serves(string provider, Type port);

    /// <summary>
    /// The provider's implementation of a port; a provider without one fails with <see cref="MediaErrorCodes.InvalidRequest"/>
    /// (a job naming it fails for good).
    /// </summary>
    T Get<T>(string provider) where T : class;
}
