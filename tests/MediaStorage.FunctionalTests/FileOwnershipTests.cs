namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>A company's members see all of its files; they delete their own, admins delete any.</summary>
public sealed class FileOwnershipTests(FileSystemMediaFixture media) : IClassFixture<FileSystemMediaFixture>
{
    private readonly Uploader _uploader = new(media);

    [Fact]
    public async Task Members_read_every_file_of_the_company_but_delete_only_their_own_while_admins_delete_any()
    {
        var admin = await media.SignUpAsync();
        var member = await media.InviteMemberAsync(admin);
        var colleague = await media.InviteMemberAsync(admin);
        var adminsFile = Id(await _uploader.UploadAsync(admin, TestContent.Png(4, 4), "image/png", "company-asset"));
        var colleaguesFile = Id(await _uploader.UploadAsync(colleague, TestContent.Png(4, 4), "image/png", "company-asset"));
        var membersFile = Id(await _uploader.UploadAsync(member, TestContent.Png(4, 4), "image/png", "company-asset"));
        var colleaguesUpload = await _uploader.CreateAsync(colleague, "pending.png", "image/png", 4096, "company-asset");

        await Uploader.Expect(await media.SendAsync(HttpMethod.Get, $"/api/files/{adminsFile}/content", member.Token), HttpStatusCode.OK);
        await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Delete, $"/api/files/{adminsFile}", member.Token), HttpStatusCode.Forbidden);
        await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Delete, $"/api/files/{colleaguesFile}", member.Token), HttpStatusCode.Forbidden);
        await Uploader.ExpectProblem(await media.SendAsync(HttpMethod.Delete, $"/api/uploads/{colleaguesUpload.GetProperty("uploadId").GetGuid()}", member.Token),
            HttpStatusCode.Forbidden);
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/files/{membersFile}", member.Token), HttpStatusCode.NoContent);
        await Uploader.Expect(await media.SendAsync(HttpMethod.Delete, $"/api/files/{colleaguesFile}", admin.Token), HttpStatusCode.NoContent);

        (await media.RegisteredFilesAsync(admin.CompanyId)).Select(f => f.Id).Should()
            .BeEquivalentTo([adminsFile, colleaguesUpload.GetProperty("fileId").GetGuid()]);
        var usage = await media.UsageAsync(member);
        usage.GetProperty("fileCount").GetInt32().Should().Be(1);
        usage.GetProperty("reservedBytes").GetInt64().Should().Be(4096);
    }

    private static Guid Id(JsonElement file) => file.GetProperty("id").GetGuid();
}
