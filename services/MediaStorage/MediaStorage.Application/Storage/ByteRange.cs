namespace AiVideo.MediaStorage.Application.Storage;

/// <summary>An inclusive range of bytes, both ends known.</summary>
public sealed record ByteRange(long From, long To)
{
    public long Length => To - From + 1;
}
