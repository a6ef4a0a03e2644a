using AiVideo.MediaStorage.Api;
using Microsoft.Extensions.Options;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// media-api reaching s3rver as 127.0.0.1 while clients are told to reach it as localhost, as media-api inside a
/// cluster reaches the store by its service name and clients by an ingress or domain.
/// </summary>
public sealed class S3PublicOriginFixture : S3MediaFixture
{
    public string PublicOrigin { get; private set; } = "";

    protected override async Task<Dictionary<string, string?>> StorageSettingsAsync(Uri mediaAddress)
    {
        var settings = await base.StorageSettingsAsync(mediaAddress);
        var serviceUrl = new Uri(settings["Storage:ServiceUrl"]!);
        PublicOrigin = $"http://localhost:{serviceUrl.Port}";
        settings["Storage:PublicBaseUrl"] = PublicOrigin;
        return settings;
    }
}

public sealed class S3PublicOriginTests(S3PublicOriginFixture media) : IClassFixture<S3PublicOriginFixture>
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task Presigned_urls_are_signed_for_the_public_origin_and_work_there()
    {
        var account = await media.SignUpAsync();
        var image = TestContent.Png(64, 48);
        var ticket = await _uploader.CreateAsync(account, "frame.png", "image/png", image.Size, "company-asset");
        ticket.GetProperty("url").GetString().Should().StartWith($"{media.PublicOrigin}/");

        await _uploader.SendAsync(ticket, image, "image/png");
        var completed = await _uploader.CompleteAsync(account, ticket, null);
        await Uploader.Expect(completed, HttpStatusCode.OK);
        var fileId = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var details = await (await media.SendAsync(HttpMethod.Get, $"/api/files/{fileId}", account.Token)).Content.ReadFromJsonAsync<JsonElement>();
        var downloadUrl = details.GetProperty("downloadUrl").GetString()!;
        downloadUrl.Should().StartWith($"{media.PublicOrigin}/");
        (await media.Http.GetByteArrayAsync(downloadUrl)).Should().Equal(image.ToArray());
    }

    [Fact]
    public async Task Parts_of_a_multipart_upload_are_signed_for_the_public_origin_too()
    {
        var account = await media.SignUpAsync();
        var video = TestContent.Mp4(70L * 1024 * 1024, seed: 7);
        var ticket = await _uploader.CreateAsync(account, "clip.mp4", "video/mp4", video.Size, "video-upload");
        ticket.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("url").GetString()).Should()
            .HaveCount(2).And.OnlyContain(url => url!.StartsWith($"{media.PublicOrigin}/", StringComparison.Ordinal));

        var parts = await _uploader.SendAsync(ticket, video, "video/mp4");
        await Uploader.Expect(await _uploader.CompleteAsync(account, ticket, parts), HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("https://media.example.com/files")]
    [InlineData("media.example.com")]
    [InlineData("ftp://media.example.com")]
    public async Task Media_api_refuses_to_start_with_a_public_origin_that_is_not_one(string publicBaseUrl)
    {
        var settings = MediaSettings.S3("http://127.0.0.1:1", "never-created");
        settings["Storage:PublicBaseUrl"] = publicBaseUrl;

        await using var app = await ServiceApp<MediaStorageApi>.CreateAsync(ResourceNames.MediaDatabase, settings);

        var start = () => app.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Storage:PublicBaseUrl*origin*");
    }
}
