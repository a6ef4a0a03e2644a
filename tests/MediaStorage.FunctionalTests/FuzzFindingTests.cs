namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>What the fuzz pass (<see cref="FuzzTests"/>) found in media-api, each kept as a test of its own.</summary>
public sealed class FuzzFindingTests(FileSystemMediaFixture media) : IClassFixture<FileSystemMediaFixture>
{
    [Fact]
    public async Task A_direct_upload_whose_multipart_body_is_cut_short_is_a_400_problem_and_leaves_nothing()
    {
        var account = await media.SignUpAsync();
        var content = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        var response = await media.SendAsync(HttpMethod.Post, "/api/files", account.Token, configure: r => r.Content = content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("The form cannot be read").And.NotContainAny("Unexpected end", "Exception");
        (await media.RegisteredFilesAsync(account.CompanyId)).Should().BeEmpty();
    }
}
