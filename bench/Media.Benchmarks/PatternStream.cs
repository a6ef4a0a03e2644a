namespace AiVideo.Benchmarks.Media;

/// <summary>
/// A video's bytes made on the fly (an MP4 header, then a repeating random megabyte), read from any offset, so a
/// gigabyte is sent without being held in memory or on disk.
/// </summary>
public sealed class PatternStream(long start, long length) : Stream
{
    private static readonly byte[] Pattern = MakePattern();
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        var written = 0;
        while (written < count)
        {
            var at = (int)((start + _position + written) % Pattern.Length);
            var chunk = Math.Min(count - written, Pattern.Length - at);
            Pattern.AsSpan(at, chunk).CopyTo(buffer[written..]);
            written += chunk;
        }
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] MakePattern()
    {
        var pattern = new byte[1024 * 1024];
        new Random(42).NextBytes(pattern);
        byte[] header = [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2avc1mp41"u8];
        header.CopyTo(pattern, 0);
        return pattern;
    }
}
