using SkiaSharp;

namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class ImageGeneratorTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    private readonly IImageGenerator _images = media.Get<IImageGenerator>();

    [Theory]
    [InlineData("16:9", 640)]
    [InlineData("9:16", 360)]
    [InlineData("1:1", 480)]
    [InlineData("4:5", 432)]
    public async Task Renders_a_png_of_the_requested_size_that_is_not_blank(string ratio, int shortSide)
    {
        var (width, height) = AspectRatio.Parse(ratio).FrameSize(shortSide);
        using var workspace = media.Workspace();

        var image = await _images.GenerateAsync(new ImageRequest("A lighthouse on a cliff at dawn", width, height, "Opening: Lighthouse"), workspace, null, default);

        image.ContentType.Should().Be("image/png");
        File.ReadAllBytes(image.Path).Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        using var bitmap = SKBitmap.Decode(image.Path);
        (bitmap.Width, bitmap.Height).Should().Be((width, height));
        MediaTools.Luma(bitmap).StdDev.Should().BeGreaterThan(12, "a picture with shapes and a title is not a flat colour");
    }

    [Fact]
    public async Task Scenes_of_one_story_look_different_and_the_same_request_draws_the_same_picture()
    {
        using var workspace = media.Workspace();
        var scenes = new List<SKBitmap>();
        foreach (var order in new[] { 1, 2, 3 })
        {
            var image = await _images.GenerateAsync(new ImageRequest("Electric car on a coastal road", 480, 270, $"Scene {order}", Style: "cinematic", Mood: "energetic", Variation: order), workspace, null, default);
            scenes.Add(SKBitmap.Decode(image.Path));
        }
        var again = await _images.GenerateAsync(new ImageRequest("Electric car on a coastal road", 480, 270, "Scene 2", Style: "cinematic", Mood: "energetic", Variation: 2), workspace, null, default);
        using var repeated = SKBitmap.Decode(again.Path);

        MediaTools.MeanDifference(scenes[0], scenes[1]).Should().BeGreaterThan(10);
        MediaTools.MeanDifference(scenes[1], scenes[2]).Should().BeGreaterThan(10);
        MediaTools.MeanDifference(scenes[1], repeated).Should().Be(0);
        scenes.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Brand_colours_set_the_palette_and_the_logo_sits_in_the_top_right_corner()
    {
        using var workspace = media.Workspace();
        var logo = media.Input("logo.png");
        using (var surface = SKSurface.Create(new SKImageInfo(200, 100)))
        {
            surface.Canvas.Clear(new SKColor(0, 255, 0));
            using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(logo, data.ToArray());
        }

        var image = await _images.GenerateAsync(new ImageRequest("Quarterly results", 640, 360, "Results",
            Brand: new BrandKit("Acme", ["#D00000", "#FFD000"], LogoPath: logo)), workspace, null, default);

        using var bitmap = SKBitmap.Decode(image.Path);
        var corner = MediaTools.Pixels(bitmap, new SKRectI(520, 45, 590, 80)).ToList();
        corner.Average(c => c.Green - (c.Red + c.Blue) / 2.0).Should().BeGreaterThan(150, "the pure green logo is drawn at the top right");
        var pixels = MediaTools.Pixels(bitmap).ToList();
        pixels.Average(c => (double)c.Red).Should().BeGreaterThan(pixels.Average(c => (double)c.Blue) + 20, "the palette follows the red brand colour");
    }

    [Fact]
    public async Task A_seed_frame_shows_through_and_a_reference_image_is_inset()
    {
        using var workspace = media.Workspace();
        var seed = media.Input("seed.png");
        var reference = media.Input("reference.png");
        Solid(seed, 640, 360, new SKColor(255, 0, 255));
        Solid(reference, 300, 200, new SKColor(0, 0, 255));
        var request = new ImageRequest("A city street", 640, 360, "Street", Variation: 4);

        var plain = await _images.GenerateAsync(request, workspace, null, default);
        var seeded = await _images.GenerateAsync(request with { SeedFramePath = seed }, workspace, null, default);
        var referenced = await _images.GenerateAsync(request with { ReferenceImagePath = reference }, workspace, null, default);

        using var plainBitmap = SKBitmap.Decode(plain.Path);
        using var seededBitmap = SKBitmap.Decode(seeded.Path);
        using var referencedBitmap = SKBitmap.Decode(referenced.Path);
        MediaTools.Pixels(seededBitmap).Average(c => (c.Red + c.Blue) / 2.0 - c.Green)
            .Should().BeGreaterThan(MediaTools.Pixels(plainBitmap).Average(c => (c.Red + c.Blue) / 2.0 - c.Green) + 30, "the magenta seed frame shows through");
        MediaTools.Pixels(referencedBitmap).Count(c => c.Blue > 200 && c.Red < 60 && c.Green < 60)
            .Should().BeGreaterThan(MediaTools.Pixels(referencedBitmap).Count() / 20, "the blue reference image takes a visible part of the picture");
    }

    [Fact]
    public async Task A_reference_that_is_not_an_image_fails_with_a_reason()
    {
        using var workspace = media.Workspace();
        var text = media.Input("notes.png");
        File.WriteAllText(text, "not an image");

        var act = () => _images.GenerateAsync(new ImageRequest("x", 64, 64, ReferenceImagePath: text), workspace, null, default);

        (await act.Should().ThrowAsync<MediaProcessingException>()).Which.Code.Should().Be(MediaErrorCodes.UnreadableInput);
    }

    internal static void Solid(string path, int width, int height, SKColor color)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(color);
        using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
