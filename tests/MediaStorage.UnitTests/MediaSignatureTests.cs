namespace AiVideo.MediaStorage.UnitTests;

public sealed class MediaSignatureTests(RealMedia media) : IClassFixture<RealMedia>
{
    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("webp", "image/webp")]
    [InlineData("lossless.webp", "image/webp")]
    [InlineData("gif", "image/gif")]
    public void Images_made_by_ffmpeg_are_recognised_with_their_pixel_size(string extension, string contentType)
    {
        var detected = MediaSignature.Detect(Head(media.Get(extension)));

        detected.Should().Be(new DetectedMedia(contentType, MediaKind.Image, 320, 240));
    }

    [Theory]
    [InlineData("mp4", "video/mp4", MediaKind.Video)]
    [InlineData("mov", "video/quicktime", MediaKind.Video)]
    [InlineData("webm", "video/webm", MediaKind.Video)]
    [InlineData("mp3", "audio/mpeg", MediaKind.Audio)]
    [InlineData("wav", "audio/wav", MediaKind.Audio)]
    [InlineData("m4a", "audio/mp4", MediaKind.Audio)]
    [InlineData("ogg", "audio/ogg", MediaKind.Audio)]
    public void Video_and_audio_made_by_ffmpeg_are_recognised(string extension, string contentType, MediaKind kind)
    {
        var detected = MediaSignature.Detect(Head(media.Get(extension)));

        detected.Should().Be(new DetectedMedia(contentType, kind));
    }

    [Fact]
    public void A_jpeg_whose_size_sits_behind_its_metadata_is_still_measured()
    {
        var jpeg = media.Get("jpg");
        // An APP1 segment of 30 KB inserted after SOI, as cameras write EXIF before the frame header.
        var app1 = new byte[30_000];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        app1[2] = (byte)((app1.Length - 2) >> 8);
        app1[3] = (byte)((app1.Length - 2) & 0xFF);
        var withMetadata = jpeg[..2].Concat(app1).Concat(jpeg[2..]).ToArray();

        MediaSignature.Detect(Head(withMetadata)).Should().Be(new DetectedMedia("image/jpeg", MediaKind.Image, 320, 240));
    }

    [Theory]
    [InlineData("%PDF-1.7\n")]
    [InlineData("<html><body>")]
    [InlineData("PK\u0003\u0004 zip")]
    [InlineData("")]
    public void Anything_else_is_not_recognised(string text)
    {
        MediaSignature.Detect(System.Text.Encoding.Latin1.GetBytes(text)).Should().BeNull();
    }

    [Fact]
    public void A_matroska_file_that_is_not_webm_is_not_taken_for_webm()
    {
        byte[] matroska = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88, .. "matroska"u8];

        MediaSignature.Detect(matroska).Should().BeNull();
    }

    [Fact]
    public void A_png_cut_short_is_recognised_without_a_size()
    {
        MediaSignature.Detect(media.Get("png").AsSpan(0, 12)).Should().Be(new DetectedMedia("image/png", MediaKind.Image));
    }

    [Fact]
    public void A_bare_mpeg_audio_frame_is_mp3_but_an_adts_aac_frame_is_not()
    {
        MediaSignature.Detect([0xFF, 0xFB, 0x90, 0x64]).Should().Be(new DetectedMedia("audio/mpeg", MediaKind.Audio));
        MediaSignature.Detect([0xFF, 0xF1, 0x50, 0x80]).Should().BeNull();
    }

    private static ReadOnlySpan<byte> Head(byte[] file) => file.AsSpan(0, Math.Min(file.Length, 64 * 1024));

    [Theory]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n")]
    [InlineData("\uFEFFWEBVTT - captions\r\n")]
    [InlineData("WEBVTT")]
    public void WebVtt_captions_are_recognised_with_or_without_a_byte_order_mark(string text)
    {
        MediaSignature.Detect(System.Text.Encoding.UTF8.GetBytes(text)).Should().Be(new DetectedMedia("text/vtt", MediaKind.Captions));
    }

    [Fact]
    public void Text_that_only_starts_like_webvtt_is_not_captions()
    {
        MediaSignature.Detect("WEBVTTX\n"u8).Should().BeNull();
    }
}
