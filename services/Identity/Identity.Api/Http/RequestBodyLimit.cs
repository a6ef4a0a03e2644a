using Microsoft.AspNetCore.Http.Features;

namespace AiVideo.Identity.Api.Http;

/// <summary>
/// identity-api takes small bodies only (sign-ins, forms, names): at most 64 KB, 413 beyond. A declared length over the
/// limit is refused before anything is read; a body without a declared length stops being read at the limit.
/// </summary>
public static class RequestBodyLimit
{
    public const long MaxBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            await new ErrorResult(Error.TooLarge("body_too_large", $"A request body has at most {MaxBytes / 1024} KB here.")).ExecuteAsync(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }
        http.Request.Body = new LimitedBody(http.Request.Body, MaxBytes);
        await next(http);
    });

    /// <summary>Reads through to the request body and fails with a 413 once more than the limit has been read.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new BadHttpRequestException($"A request body has at most {limit / 1024} KB here.", StatusCodes.Status413PayloadTooLarge)
                : read;
        }
    }
}
