using System.Security.Cryptography;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// Reproducible file contents of any size: a real media header (so the file is recognised as what it claims) followed
/// by pseudo-random bytes that can be regenerated at any offset, so a 200 MB body is sent, hashed and sliced without
/// ever being held in memory.
/// </summary>
public sealed class TestContent(long size, byte[] header, int seed = 7)
{
    private const int Block = 64 * 1024;

    public long Size { get; } = size;

    /// <summary>An MP4 (ISO BMFF, brand isom).</summary>
    public static TestContent Mp4(long size, int seed = 7) => new(size, [
        0x00, 0x00, 0x00, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0x00, 0x00, 0x02, 0x00,
        (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'i', (byte)'s', (byte)'o', (byte)'2', (byte)'a', (byte)'v', (byte)'c', (byte)'1',
        (byte)'m', (byte)'p', (byte)'4', (byte)'1'], seed);

    /// <summary>A PNG whose header says <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static TestContent Png(int width, int height, long size = 4096)
    {
        var header = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0 };
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(20), height);
        return new TestContent(size, header);
    }

    public static TestContent Mp3(long size = 8192) => new(size, [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 0]);

    public byte[] ToArray() => Read(0, (int)Size);

    public byte[] Read(long offset, int count)
    {
        var bytes = new byte[count];
        Fill(offset, bytes);
        return bytes;
    }

    public void Fill(long offset, Span<byte> destination)
    {
        var written = 0;
        while (written < destination.Length)
        {
            var position = offset + written;
            var block = position / Block;
            var blockBytes = BlockBytes(block);
            var inBlock = (int)(position % Block);
            var count = Math.Min(Block - inBlock, destination.Length - written);
            blockBytes.AsSpan(inBlock, count).CopyTo(destination[written..]);
            written += count;
        }
    }

    public HttpContent ToHttpContent(long offset, long length, string? contentType = null)
    {
        var content = new StreamContent(new Reader(this, offset, length), Block);
        content.Headers.ContentLength = length;
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        return content;
    }

    public string Sha256(long offset = 0, long? length = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[Block];
        var end = offset + (length ?? Size - offset);
        for (var position = offset; position < end; position += Block)
        {
            var count = (int)Math.Min(Block, end - position);
            Fill(position, buffer.AsSpan(0, count));
            hash.AppendData(buffer, 0, count);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static async Task<(string Sha256, long Length)> HashAsync(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[Block];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    private byte[] BlockBytes(long block)
    {
        var bytes = new byte[Block];
        new Random(HashCode.Combine(seed, block)).NextBytes(bytes);
        if (block == 0)
        {
            header.CopyTo(bytes, 0);
        }
        return bytes;
    }

    private sealed class Reader(TestContent content, long offset, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int index, int count)
        {
            var take = (int)Math.Min(count, length - _position);
            if (take <= 0)
            {
                return 0;
            }
            content.Fill(offset + _position, buffer.AsSpan(index, take));
            _position += take;
            return take;
        }

        public override void Flush() { }
        public override long Seek(long where, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int index, int count) => throw new NotSupportedException();
    }
}
