using AiVideo.MediaStorage.Application.Usage;

namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// A plan's storage is one allowance per founder: identity announces each founded company's plan and pool
/// (CompanyPlanAssigned) and media-api holds the pool's companies to it together, so founding companies adds no storage.
/// </summary>
public sealed class StoragePlanTests(FileSystemPlansFixture media) : IClassFixture<FileSystemPlansFixture>
{
    private const long Quota = 1024 * 1024;

    [Fact]
    public async Task The_companies_a_user_founds_draw_on_one_allowance()
    {
        var email = $"founder-{Guid.NewGuid():N}@example.com";
        var first = await media.SignUpAsync(email);
        var second = await media.FoundCompanyAsync(first, email);
        var stranger = await media.SignUpAsync();
        foreach (var account in new[] { first, second, stranger })
        {
            await Eventually.True(async () => (await media.UsageAsync(account)).GetProperty("plan").GetString() == "free",
                "media-api has the plan identity assigned to the company");
        }

        var intoFirst = await UploadAsync(first, 600 * 1024);
        var intoSecond = await UploadAsync(second, 600 * 1024);
        var intoStrangers = await UploadAsync(stranger, 600 * 1024);

        await Uploader.Expect(intoFirst, HttpStatusCode.Created);
        var refused = await Uploader.ExpectProblem(intoSecond, HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        refused.GetProperty("quotaBytes").GetInt64().Should().Be(Quota);
        refused.GetProperty("remainingBytes").GetInt64().Should().Be(Quota - 600 * 1024, "the first company's file counts against the second's room");
        await Uploader.Expect(intoStrangers, HttpStatusCode.Created);
        var usage = await media.UsageAsync(second);
        usage.GetProperty("bytesUsed").GetInt64().Should().Be(0);
        usage.GetProperty("quotaBytes").GetInt64().Should().Be(Quota);
        usage.GetProperty("poolBytesUsedElsewhere").GetInt64().Should().Be(600 * 1024);
        usage.GetProperty("remainingBytes").GetInt64().Should().Be(Quota - 600 * 1024);
    }

    [Fact]
    public async Task A_repeated_or_older_assignment_changes_nothing()
    {
        var account = await media.SignUpAsync();
        var plan = await Eventually.Until(() => media.UsageAsync(account), u => u.GetProperty("plan").GetString() == "free", "the plan arrives");
        await using var scope = media.Media.Services.CreateAsyncScope();
        var assign = scope.ServiceProvider.GetRequiredService<AssignCompanyPlan>();

        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        var older = await assign.ExecuteAsync(account.CompanyId, "pro", Guid.NewGuid(), 10 * Quota, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var newer = await assign.ExecuteAsync(account.CompanyId, "pro", account.UserId, 10 * Quota, tomorrow, CancellationToken.None);
        var again = await assign.ExecuteAsync(account.CompanyId, "free", account.UserId, Quota, tomorrow, CancellationToken.None);

        plan.GetProperty("quotaBytes").GetInt64().Should().Be(Quota);
        older.Should().BeFalse();
        newer.Should().BeTrue();
        again.Should().BeFalse("an assignment as recent as the recorded one is a repetition");
        var usage = await media.UsageAsync(account);
        usage.GetProperty("plan").GetString().Should().Be("pro");
        usage.GetProperty("quotaBytes").GetInt64().Should().Be(10 * Quota);
    }

    private Task<HttpResponseMessage> UploadAsync(Account account, long size) =>
        media.SendAsync(HttpMethod.Post, "/api/files", account.Token,
            new { fileName = "logo.png", contentType = "image/png", purpose = "company-asset", data = Convert.ToBase64String(TestContent.Png(64, 64, size: size).ToArray()) });
}
