using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiVideo.MediaStorage.Api.Endpoints;

/// <summary>
/// The bytes of a JSON string holding base64, optionally as a <c>data:&lt;type&gt;;base64,</c> URL, decoded straight from
/// the string's UTF-8 into a pooled buffer (<see cref="Base64DataConverter"/>): no .NET string of the text and no second
/// array of the bytes, so a 24 MB file costs its JSON text and its bytes once each. Dispose it to give the buffer back.
/// </summary>
[JsonConverter(typeof(Base64DataConverter))]
public sealed class Base64Data : IDisposable
{
    private static readonly Base64Data Invalid = new(null, 0, null, isValid: false);

    private byte[]? _buffer;

    private Base64Data(byte[]? buffer, int length, string? mediaType, bool isValid)
    {
        _buffer = buffer;
        Length = length;
        MediaType = mediaType;
        IsValid = isValid;
    }

    /// <summary>False when the text was not base64 (or a data: URL not marked <c>;base64</c>).</summary>
    public bool IsValid { get; }

    public int Length { get; }

    /// <summary>The type a data: URL named, if any.</summary>
    public string? MediaType { get; }

    public ReadOnlyMemory<byte> Bytes => _buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(0, Length);

    /// <summary>Decodes base64 text (whitespace between its characters is allowed, as <see cref="Convert.FromBase64String"/> allows it).</summary>
    public static Base64Data Decode(ReadOnlySpan<byte> text)
    {
        string? mediaType = null;
        if (text.Length >= 5 && Ascii.EqualsIgnoreCase(text[..5], "data:"u8))
        {
            var comma = text.IndexOf((byte)',');
            if (comma < 0 || comma - 5 < 7 || !Ascii.EqualsIgnoreCase(text[(comma - 7)..comma], ";base64"u8))
            {
                return Invalid;
            }
            mediaType = comma - 12 > 0 ? Encoding.UTF8.GetString(text[5..(comma - 7)]) : null;
            text = text[(comma + 1)..];
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Base64.GetMaxDecodedFromUtf8Length(text.Length)));
        if (Base64.DecodeFromUtf8(text, buffer, out _, out var written) != OperationStatus.Done)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return Invalid;
        }
        return new Base64Data(buffer, written, mediaType, isValid: true);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Reads <see cref="Base64Data"/> from a JSON string's UTF-8 (unescaped into a pooled buffer first only when it holds escapes).</summary>
public sealed class Base64DataConverter : JsonConverter<Base64Data>
{
    public override Base64Data? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Base64 data is a JSON string.");
        }
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Base64Data.Decode(reader.ValueSpan);
        }
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var unescaped = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            return Base64Data.Decode(unescaped.AsSpan(0, reader.CopyString(unescaped)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(unescaped);
        }
    }

    public override void Write(Utf8JsonWriter writer, Base64Data value, JsonSerializerOptions options) =>
        writer.WriteBase64StringValue(value.Bytes.Span);
}
