using AiVideo.Identity.Domain.Sessions;

namespace AiVideo.Identity.UnitTests;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void A_refresh_token_presented_again_ends_the_session()
    {
        var session = Session.Start(Guid.NewGuid(), null, Now, TimeSpan.FromDays(30));
        var token = RefreshToken.Issue(session.Id, "hash", Now);
        session.CheckRefresh(token, Now).IsSuccess.Should().BeTrue();

        var used = ConsumedCopy(token, Now);

        session.CheckRefresh(used, Now).Error!.Kind.Should().Be(ErrorKind.Unauthorized);
        session.RevocationReason.Should().Be("refresh_token_reused");
        session.IsActive(Now).Should().BeFalse();
    }

    [Fact]
    public void A_session_ends_at_its_absolute_expiry() =>
        Session.Start(Guid.NewGuid(), null, Now, TimeSpan.FromDays(30)).IsActive(Now.AddDays(31)).Should().BeFalse();

    private static RefreshToken ConsumedCopy(RefreshToken token, DateTimeOffset at)
    {
        typeof(RefreshToken).GetProperty(nameof(RefreshToken.ConsumedAt))!.SetValue(token, at);
        return token;
    }
}
