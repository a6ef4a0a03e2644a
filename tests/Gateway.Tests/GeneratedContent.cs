using System.Net;

namespace AiVideo.Gateway.Tests;

/// <summary>A request body of any size produced on the fly (nothing is held in memory), with its length declared.</summary>
public sealed class GeneratedContent : HttpContent
{
    private readonly long _length;

    public GeneratedContent(long length)
    {
        _length = length;
        Headers.ContentLength = length;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        Random.Shared.NextBytes(chunk);
        for (long sent = 0; sent < _length; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _length - sent)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
