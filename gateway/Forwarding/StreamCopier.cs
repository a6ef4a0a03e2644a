using System.Buffers;

namespace AiVideo.Gateway.Forwarding;

/// <summary>Copies a body chunk by chunk through one pooled buffer, so memory stays flat whatever the body's size.</summary>
internal static class StreamCopier
{
    private const int BufferSize = 64 * 1024;

    public static async Task CopyAsync(Stream source, Stream destination, ActivityTimer timer, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                timer.Restart();
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                timer.Restart();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
