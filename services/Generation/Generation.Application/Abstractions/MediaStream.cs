namespace AiVideo.Generation.Application.Abstractions;

/// <summary>
/// A file's bytes on their way from media-api to a client: the stream, its type and length, and for a range the
/// <c>Content-Range</c> to answer 206 with. Disposing it releases the connection.
/// </summary>
public sealed class MediaStream(Stream content, string contentType, long? length, string? contentRange, IDisposable? owner = null) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public string ContentType { get; } = contentType;

    public long? Length { get; } = length;

    public string? ContentRange { get; } = contentRange;

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        owner?.Dispose();
    }
}
