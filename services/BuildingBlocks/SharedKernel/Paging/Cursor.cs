namespace AiVideo.SharedKernel.Paging;

/// <summary>Encodes the position in a list (the id of the last item seen, a time-ordered UUIDv7) as an opaque URL-safe token.</summary>
public static class Cursor
{
    public static string Encode(Guid lastId) => Convert.ToBase64String(lastId.ToByteArray(bigEndian: true))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string cursor, out Guid lastId)
    {
        lastId = Guid.Empty;
        if (cursor.Length != 22)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        var base64 = cursor.Replace('-', '+').Replace('_', '/') + "==";
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != 16)
        {
            return false;
        }

        lastId = new Guid(bytes, bigEndian: true);
        return true;
    }
}
