using AiVideo.BuildingBlocks.Outbox;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>How many companies a user may found, and the storage their companies draw on.</summary>
public sealed class CompanyLimitTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_user_founds_at_most_three_companies_their_registrations_included()
    {
        var user = await Client.RegisterAsync();

        var second = await Client.PostAsync("/api/companies", new { name = "Second" }, user.AccessToken);
        var third = await Client.PostAsync("/api/companies", new { name = "Third" }, user.AccessToken);
        var fourth = await Client.PostAsync("/api/companies", new { name = "Fourth" }, user.AccessToken);

        await IdentityClient.Expect(second, HttpStatusCode.Created);
        await IdentityClient.Expect(third, HttpStatusCode.Created);
        fourth.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await IdentityClient.JsonAsync(fourth)).GetProperty("code").GetString().Should().Be("company_limit");
        await using var db = identity.OpenDatabase();
        (await db.Memberships.CountAsync(m => m.UserId == user.User.Id)).Should().Be(3);
    }

    [Fact]
    public async Task Concurrent_creations_cannot_pass_the_limit_together()
    {
        var user = await Client.RegisterAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Client.PostAsync("/api/companies", new { name = $"Rush {i}" }, user.AccessToken)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).Should().Be(2, "the registration founded the first of three");
        answers.Count(a => a.StatusCode == HttpStatusCode.Forbidden).Should().Be(4);
    }

    [Fact]
    public async Task Every_company_a_user_founds_is_announced_on_one_storage_allowance_the_founders()
    {
        var user = await Client.RegisterAsync();
        var second = (await IdentityClient.JsonAsync(await Client.PostAsync("/api/companies", new { name = "Second" }, user.AccessToken)))
            .GetProperty("id").GetGuid();

        await using var db = identity.OpenDatabase();
        var announced = (await db.Set<OutboxMessage>().Where(m => m.MessageType == typeof(AiVideo.Contracts.CompanyPlanAssigned).FullName).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<AiVideo.Contracts.CompanyPlanAssigned>(m.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Where(e => e.CompanyId == user.User.CompanyId || e.CompanyId == second)
            .ToList();

        announced.Should().HaveCount(2);
        announced.Should().OnlyContain(e => e.StoragePoolId == user.User.Id && e.Plan == "free" && e.StorageQuotaBytes == 50L * 1024 * 1024 * 1024,
            "the founder's companies share one allowance: founding more adds no storage");
    }
}
