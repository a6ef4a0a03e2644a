namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>An object's bytes (all of them, or <see cref="Range"/>), to be read once and disposed.</summary>
public sealed class ObjectContent(Stream content, ObjectInfo info, ByteRange? range) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public ObjectInfo Info { get; } = info;

    public ByteRange? Range { get; } = range;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
