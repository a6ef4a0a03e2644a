using Microsoft.Net.Http.Headers;

namespace AiVideo.MediaStorage.Api.Http;

/// <summary>Reads a request's <c>Range</c> header against an object's size (one range of bytes; anything else is served whole).</summary>
public static class ByteRanges
{
    public sealed record Resolution(ByteRange? Range, bool Unsatisfiable);

    public static Resolution Resolve(HttpRequest request, long size)
    {
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header) || header.Unit != "bytes" || header.Ranges.Count != 1)
        {
            return new Resolution(null, false);
        }
        var range = header.Ranges.Single();
        if (range.From is { } from)
        {
            if (from >= size)
            {
                return new Resolution(null, true);
            }
            var to = Math.Min(range.To ?? size - 1, size - 1);
            return new Resolution(new ByteRange(from, to), false);
        }
        if (range.To is { } suffix && suffix > 0 && size > 0)
        {
            return new Resolution(new ByteRange(Math.Max(0, size - suffix), size - 1), false);
        }
        return new Resolution(null, true);
    }
}
