using SkiaSharp;

namespace AiVideo.Generation.Infrastructure.Local.Images;

/// <summary>
/// The offline image generator: a PNG drawn with SkiaSharp that follows the scene. A palette from the style, mood and
/// brand colours; a composition that varies per scene (<see cref="SceneBackdrop"/>), seeded by the prompt so the same
/// request draws the same picture; the previous clip's last frame (seed frame) as a tinted base and a reference image as
/// an inset; the scene title in the brand font (the configured font by default); the brand logo in a corner.
/// </summary>
internal sealed class LocalImageGenerator(IOptions<LocalMediaOptions> options) : IImageGenerator
{
    public const int MinSize = 16;
    public const int MaxSize = 4096;

    public Task<GeneratedImage> GenerateAsync(ImageRequest request, MediaWorkspace workspace, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Width is < MinSize or > MaxSize || request.Height is < MinSize or > MaxSize)
        {
            throw MediaProcessingException.InvalidRequest($"An image is {MinSize} to {MaxSize} pixels wide and high (asked for {request.Width}x{request.Height}).");
        }
        var path = workspace.NewFile("image", ".png");
        return Task.Run(() =>
        {
            Render(request, path, cancellationToken);
            progress?.Report(new MediaProgress(MediaStages.Image, 100));
            return new GeneratedImage(path, request.Width, request.Height, "image/png");
        }, cancellationToken);
    }

    private void Render(ImageRequest request, string path, CancellationToken cancellationToken)
    {
        var (width, height) = (request.Width, request.Height);
        var random = StableRandom.From(request.Prompt, request.Title, request.Variation, width, height);
        var palette = ScenePalette.For(request.Style, request.Mood, request.Brand?.Colors, random);
        var kindOffset = StableRandom.From(request.Style, request.Mood, request.Brand?.Name).Next(5);
        using var seedFrame = Load(request.SeedFramePath, "seed frame");
        using var reference = Load(request.ReferenceImagePath, "reference image");
        using var logo = Load(request.Brand?.LogoPath, "brand logo");
        using var typeface = LoadTypeface(request.Brand?.FontPath ?? options.Value.FontPath);

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        if (seedFrame is not null)
        {
            // Continue from the previous clip: its last frame underneath, the new scene's composition over it, half seen.
            DrawCover(canvas, seedFrame, new SKRect(0, 0, width, height));
            using var layer = new SKPaint { Color = SKColors.White.WithAlpha(120) };
            canvas.SaveLayer(layer);
            SceneBackdrop.Draw(canvas, width, height, palette, request.Variation, kindOffset, random);
            canvas.Restore();
        }
        else
        {
            SceneBackdrop.Draw(canvas, width, height, palette, request.Variation, kindOffset, random);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (reference is not null)
        {
            DrawInset(canvas, reference, width, height);
        }
        Vignette(canvas, width, height);
        if (!string.IsNullOrWhiteSpace(request.Title))
        {
            SceneTitle.Draw(canvas, request.Title.Trim(), typeface, width, height);
        }
        if (logo is not null)
        {
            DrawLogo(canvas, logo, width, height);
        }
        cancellationToken.ThrowIfCancellationRequested();

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    private static SKBitmap? Load(string? path, string what)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw MediaProcessingException.InvalidRequest($"The {what} file does not exist.");
        }
        return SKBitmap.Decode(path) ?? throw MediaProcessingException.UnreadableInput($"The {what} is not an image SkiaSharp can read (PNG, JPEG, WebP, GIF, BMP).");
    }

    private static SKTypeface LoadTypeface(string path) =>
        File.Exists(path) && SKTypeface.FromFile(path) is { } typeface
            ? typeface
            : throw MediaProcessingException.InvalidRequest($"The font '{Path.GetFileName(path)}' is missing or not a font.");

    /// <summary>Draws the bitmap over the whole rectangle, cropped to keep its shape (like CSS <c>object-fit: cover</c>).</summary>
    private static void DrawCover(SKCanvas canvas, SKBitmap bitmap, SKRect target)
    {
        var scale = Math.Max(target.Width / bitmap.Width, target.Height / bitmap.Height);
        var source = SKRect.Create(
            (bitmap.Width - target.Width / scale) / 2, (bitmap.Height - target.Height / scale) / 2,
            target.Width / scale, target.Height / scale);
        using var image = SKImage.FromBitmap(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, source, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    /// <summary>The reference image as a framed card in the right half (landscape) or the middle (portrait), inside the safe area.</summary>
    private static void DrawInset(SKCanvas canvas, SKBitmap reference, int width, int height)
    {
        var landscape = width >= height;
        var insetWidth = width * (landscape ? 0.36f : 0.64f);
        var insetHeight = Math.Min(height * (landscape ? 0.5f : 0.36f), insetWidth * reference.Height / reference.Width);
        insetWidth = Math.Min(insetWidth, insetHeight * reference.Width / reference.Height);
        var margin = Math.Min(width, height) * 0.06f;
        var left = landscape ? width * (1 - SceneTitle.SafeMargin) - insetWidth : (width - insetWidth) / 2;
        var top = landscape ? (height - insetHeight) / 2 + height * 0.05f : height * 0.38f;
        var rect = SKRect.Create(left, top, insetWidth, insetHeight);
        var corner = Math.Min(width, height) * 0.025f;
        using (var shadow = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(110) })
        {
            shadow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, margin * 0.4f);
            canvas.DrawRoundRect(rect with { Left = rect.Left + margin * 0.2f, Right = rect.Right + margin * 0.2f, Top = rect.Top + margin * 0.3f, Bottom = rect.Bottom + margin * 0.3f }, corner, corner, shadow);
        }
        canvas.Save();
        using (var clip = new SKRoundRect(rect, corner))
        {
            canvas.ClipRoundRect(clip, antialias: true);
        }
        DrawCover(canvas, reference, rect);
        canvas.Restore();
        using var border = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(2, margin * 0.12f), Color = SKColors.White.WithAlpha(230) };
        canvas.DrawRoundRect(rect, corner, corner, border);
    }

    private static void Vignette(SKCanvas canvas, int width, int height)
    {
        using var paint = new SKPaint();
        paint.Shader = SKShader.CreateRadialGradient(new SKPoint(width / 2f, height / 2f), (float)Math.Sqrt(width * width + height * height) / 2,
            [SKColors.Black.WithAlpha(0), SKColors.Black.WithAlpha(0), SKColors.Black.WithAlpha(90)], [0, 0.6f, 1], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
    }

    private static void DrawLogo(SKCanvas canvas, SKBitmap logo, int width, int height)
    {
        var margin = Math.Min(width, height) * SceneTitle.SafeMargin;
        var scale = Math.Min(width * 0.16f / logo.Width, height * 0.16f / logo.Height);
        var rect = SKRect.Create(width - margin - logo.Width * scale, margin, logo.Width * scale, logo.Height * scale);
        using var image = SKImage.FromBitmap(logo);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }
}
