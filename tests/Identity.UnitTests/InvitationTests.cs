using AiVideo.Identity.Domain.Companies;
using AiVideo.Identity.Domain.Invitations;

namespace AiVideo.Identity.UnitTests;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static Invitation NewInvitation() =>
        Invitation.Create(Guid.NewGuid(), "a@example.com", "A@EXAMPLE.COM", CompanyRole.Member, "hash", Guid.NewGuid(), Now, TimeSpan.FromDays(7));

    [Fact]
    public void An_invitation_is_accepted_once()
    {
        var invitation = NewInvitation();

        invitation.Accept(Guid.NewGuid(), Now).IsSuccess.Should().BeTrue();
        invitation.Accept(Guid.NewGuid(), Now).Error!.Code.Should().Be("invitation_used");
        invitation.IsPending(Now).Should().BeFalse();
    }

    [Fact]
    public void An_expired_or_revoked_invitation_is_gone()
    {
        var expired = NewInvitation();
        var revoked = NewInvitation();
        revoked.Revoke(Now);

        expired.Accept(Guid.NewGuid(), Now.AddDays(8)).Error!.Should().Match<Error>(e => e.Kind == ErrorKind.Gone && e.Code == "invitation_expired");
        revoked.Accept(Guid.NewGuid(), Now).Error!.Code.Should().Be("invitation_revoked");
    }
}
