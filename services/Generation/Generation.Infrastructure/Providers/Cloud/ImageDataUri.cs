using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// A picture sent inside a provider request as a <c>data:</c> URI (RunwayML's <c>promptImage</c>, a Replicate model's
/// image input), within the size the provider accepts: its own bytes when it is a PNG, JPEG or WebP that fits, else
/// re-encoded as a JPEG, at lower quality and then smaller, until it does.
/// </summary>
internal static class ImageDataUri
{
    public static async Task<string> FromFileAsync(string path, int maxLength, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw MediaProcessingException.InvalidRequest("The picture to send does not exist.");
        }
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (ContentTypeOf(bytes) is { } type && LengthOf(type, bytes.Length) <= maxLength)
        {
            return Of(type, bytes);
        }
        using var picture = SKBitmap.Decode(bytes) ?? throw MediaProcessingException.UnreadableInput("The picture to send is not a PNG, JPEG or WebP image.");
        for (var scale = 1.0; scale >= 0.1; scale *= 0.75)
        {
            var (width, height) = (Math.Max(1, (int)(picture.Width * scale)), Math.Max(1, (int)(picture.Height * scale)));
            using var resized = scale < 1 ? picture.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) : null;
            using var image = SKImage.FromBitmap(resized ?? picture);
            foreach (var quality in (int[])[90, 75, 60])
            {
                using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, quality);
                if (LengthOf("image/jpeg", (int)jpeg.Size) <= maxLength)
                {
                    return Of("image/jpeg", jpeg.ToArray());
                }
            }
        }
        throw MediaProcessingException.InvalidRequest($"The picture cannot be sent in fewer than {maxLength} characters.");
    }

    /// <summary>The type of a PNG, JPEG or WebP file from its first bytes, or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };

    private static string Of(string type, byte[] bytes) => $"data:{type};base64,{Convert.ToBase64String(bytes)}";

    private static long LengthOf(string type, int bytes) => "data:".Length + type.Length + ";base64,".Length + (bytes + 2L) / 3 * 4;
}
