using System.Buffers.Binary;
using System.Text;

namespace AiVideo.MediaStorage.Domain.Media;

/// <summary>
/// Recognises a file by its first bytes (its magic numbers), never by its name or declared type: PNG, JPEG, WebP, GIF,
/// MP4/MOV (ISO BMFF), WebM, MP3, WAV, M4A, Ogg, TrueType/OpenType/WOFF fonts, binary glTF and WebVTT captions; and reads an image's
/// width and height from its header. Give it at least the first 64 KB (a JPEG's size can sit behind its metadata).
/// </summary>
public static class MediaSignature
{
    public static DetectedMedia? Detect(ReadOnlySpan<byte> head)
    {
        if (StartsWith(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return head.Length >= 24
                ? new DetectedMedia("image/png", MediaKind.Image, BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]))
                : new DetectedMedia("image/png", MediaKind.Image);
        }
        if (StartsWith(head, [0xFF, 0xD8, 0xFF]))
        {
            var (width, height) = JpegSize(head);
            return new DetectedMedia("image/jpeg", MediaKind.Image, width, height);
        }
        if (Ascii(head, 0, "GIF87a") || Ascii(head, 0, "GIF89a"))
        {
            return new DetectedMedia("image/gif", MediaKind.Image, head.Length >= 10 ? BinaryPrimitives.ReadUInt16LittleEndian(head[6..]) : null,
                head.Length >= 10 ? BinaryPrimitives.ReadUInt16LittleEndian(head[8..]) : null);
        }
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WEBP"))
        {
            var (width, height) = WebPSize(head);
            return new DetectedMedia("image/webp", MediaKind.Image, width, height);
        }
        if (Ascii(head, 0, "RIFF") && Ascii(head, 8, "WAVE"))
        {
            return new DetectedMedia("audio/wav", MediaKind.Audio);
        }
        if (Ascii(head, 4, "ftyp"))
        {
            var brand = head.Length >= 12 ? Encoding.ASCII.GetString(head[8..12]) : "";
            return brand switch
            {
                "M4A " or "M4B " or "M4P " => new DetectedMedia("audio/mp4", MediaKind.Audio),
                "qt  " => new DetectedMedia("video/quicktime", MediaKind.Video),
                _ => new DetectedMedia("video/mp4", MediaKind.Video),
            };
        }
        if (Ascii(head, 4, "moov") || Ascii(head, 4, "mdat") || Ascii(head, 4, "wide") || Ascii(head, 4, "free"))
        {
            return new DetectedMedia("video/quicktime", MediaKind.Video); // QuickTime files from before ftyp boxes
        }
        if (StartsWith(head, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            return Contains(head[..Math.Min(head.Length, 64)], "webm") ? new DetectedMedia("video/webm", MediaKind.Video) : null;
        }
        if (Ascii(head, 0, "ID3") || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0))
        {
            return new DetectedMedia("audio/mpeg", MediaKind.Audio);
        }
        if (Ascii(head, 0, "OggS"))
        {
            return new DetectedMedia("audio/ogg", MediaKind.Audio);
        }
        if (StartsWith(head, [0x00, 0x01, 0x00, 0x00]) || Ascii(head, 0, "true"))
        {
            return new DetectedMedia("font/ttf", MediaKind.Font);
        }
        if (Ascii(head, 0, "OTTO"))
        {
            return new DetectedMedia("font/otf", MediaKind.Font);
        }
        if (Ascii(head, 0, "wOFF"))
        {
            return new DetectedMedia("font/woff", MediaKind.Font);
        }
        if (Ascii(head, 0, "wOF2"))
        {
            return new DetectedMedia("font/woff2", MediaKind.Font);
        }
        if (Ascii(head, 0, "glTF"))
        {
            return new DetectedMedia("model/gltf-binary", MediaKind.Model);
        }
        var text = StartsWith(head, [0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        if (Ascii(text, 0, "WEBVTT") && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
        {
            return new DetectedMedia("text/vtt", MediaKind.Captions);
        }
        return null;
    }

    /// <summary>Walks the JPEG markers to the first start-of-frame, which holds the height and width.</summary>
    private static (int?, int?) JpegSize(ReadOnlySpan<byte> data)
    {
        var offset = 2;
        while (offset + 9 < data.Length)
        {
            if (data[offset] != 0xFF)
            {
                return (null, null);
            }
            var marker = data[offset + 1];
            if (marker == 0xFF)
            {
                offset++;
                continue;
            }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                offset += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isStartOfFrame)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 5)..]));
            }
            offset += 2 + length;
        }
        return (null, null);
    }

    private static (int?, int?) WebPSize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return (null, null);
        }
        if (Ascii(data, 12, "VP8 "))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }
        if (Ascii(data, 12, "VP8L"))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (Ascii(data, 12, "VP8X"))
        {
            return (ReadUInt24(data[24..]) + 1, ReadUInt24(data[27..]) + 1);
        }
        return (null, null);
    }

    private static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static bool StartsWith(ReadOnlySpan<byte> data, ReadOnlySpan<byte> prefix) => data.StartsWith(prefix);

    private static bool Ascii(ReadOnlySpan<byte> data, int offset, string text) =>
        data.Length >= offset + text.Length && data.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));

    private static bool Contains(ReadOnlySpan<byte> data, string text) => data.IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;
}
