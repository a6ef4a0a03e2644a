using AiVideo.Identity.Application.Common;
using AiVideo.Identity.Domain.ApiKeys;

namespace AiVideo.Identity.UnitTests;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static Result<ApiKey> Create(string name = "CI", string[]? scopes = null, int perMinute = 10, int perHour = 100, DateTimeOffset? expiresAt = null) =>
        ApiKey.Create(Guid.NewGuid(), Guid.NewGuid(), name, scopes ?? [Scopes.MediaRead], perMinute, perHour, expiresAt, "abcdefgh", "hash", Now);

    [Fact]
    public void A_key_is_active_until_revoked_or_expired()
    {
        var key = Create(expiresAt: Now.AddHours(1)).Value;

        key.IsActive(Now).Should().BeTrue();
        key.IsActive(Now.AddHours(2)).Should().BeFalse();
        key.Revoke(Now);
        key.IsActive(Now).Should().BeFalse();
    }

    [Fact]
    public void Invalid_settings_are_all_reported_together()
    {
        var error = Create(name: "", scopes: ["root"], perMinute: 50, perHour: 10, expiresAt: Now.AddHours(-1)).Error!;

        error.Fields.Keys.Should().BeEquivalentTo(["name", "scopes", "rateLimitPerMinute", "expiresAt"]);
    }

    [Fact]
    public void The_last_used_time_is_written_at_most_once_a_minute()
    {
        var key = Create().Value;

        key.RecordUse(Now).Should().BeTrue();
        key.RecordUse(Now.AddSeconds(30)).Should().BeFalse();
        key.RecordUse(Now.AddSeconds(61)).Should().BeTrue();
    }

    [Fact]
    public void A_secret_parses_back_into_its_prefix_and_secret_and_nothing_else_does()
    {
        var secret = ApiKeySecret.New();

        ApiKeySecret.TryParse(secret.Value, out var parsed).Should().BeTrue();
        parsed.Should().Be(secret);
        ApiKeySecret.TryParse("avk_short", out _).Should().BeFalse();
        ApiKeySecret.TryParse(secret.Value.Replace("avk_", "xyz_"), out _).Should().BeFalse();
        secret.SecretHash.Should().NotContain(secret.Secret);
    }
}
