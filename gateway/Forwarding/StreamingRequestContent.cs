using System.Net;

namespace AiVideo.Gateway.Forwarding;

/// <summary>The client's request body as the upstream request's content, streamed as it arrives (never buffered).</summary>
internal sealed class StreamingRequestContent(Stream body, ActivityTimer timer) : HttpContent
{
    /// <summary>Set when reading the client's body failed (client gone, body over the size limit).</summary>
    public Exception? ClientBodyFailure { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await StreamCopier.CopyAsync(new FailureTrackingStream(body, e => ClientBodyFailure = e), stream, timer, cancellationToken);
        }
        finally
        {
            await stream.FlushAsync(cancellationToken);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    /// <summary>Remembers failures of the client side, to tell them apart from failures of the upstream side.</summary>
    private sealed class FailureTrackingStream(Stream inner, Action<Exception> onFailure) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken);
            }
            catch (Exception exception)
            {
                onFailure(exception);
                throw;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
