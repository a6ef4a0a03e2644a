using AiVideo.Identity.Domain.Companies;

namespace AiVideo.Identity.UnitTests;

public sealed class CompanyTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly Guid Founder = Guid.NewGuid();

    private static Company NewCompany() => Company.Found("Studio", Founder, "free", Now).Value;

    [Fact]
    public void The_founder_is_the_first_admin()
    {
        var company = NewCompany();

        company.MembershipOf(Founder)!.Role.Should().Be(CompanyRole.Admin);
        company.Members.Should().ContainSingle();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_company_needs_a_name(string name) =>
        Company.Found(name, Founder, "free", Now).Error!.Fields.Should().ContainKey("name");

    [Fact]
    public void A_name_is_at_most_a_hundred_characters() =>
        Company.Found(new string('x', 101), Founder, "free", Now).IsSuccess.Should().BeFalse();

    [Fact]
    public void The_last_admin_cannot_leave_or_be_demoted_but_one_of_two_admins_can()
    {
        var company = NewCompany();
        var second = Guid.NewGuid();
        company.AddMember(second, CompanyRole.Member, Now);

        company.RemoveMember(Founder, Now).Error!.Code.Should().Be("last_admin");
        company.ChangeRole(Founder, CompanyRole.Member, Now).Error!.Code.Should().Be("last_admin");

        company.ChangeRole(second, CompanyRole.Admin, Now).IsSuccess.Should().BeTrue();
        company.RemoveMember(Founder, Now).IsSuccess.Should().BeTrue();
        company.Members.Should().ContainSingle(m => m.UserId == second && m.Role == CompanyRole.Admin);
    }

    [Fact]
    public void A_member_joins_once()
    {
        var company = NewCompany();
        var member = Guid.NewGuid();

        company.AddMember(member, CompanyRole.Member, Now).IsSuccess.Should().BeTrue();
        company.AddMember(member, CompanyRole.Admin, Now).Error!.Code.Should().Be("already_member");
    }

    [Fact]
    public void Changing_an_unknown_member_is_not_found()
    {
        NewCompany().ChangeRole(Guid.NewGuid(), CompanyRole.Admin, Now).Error!.Kind.Should().Be(ErrorKind.NotFound);
        NewCompany().RemoveMember(Guid.NewGuid(), Now).Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public void Every_membership_change_touches_the_company_so_concurrent_changes_conflict()
    {
        var company = NewCompany();
        var later = Now.AddMinutes(1);

        company.AddMember(Guid.NewGuid(), CompanyRole.Member, later);

        company.UpdatedAt.Should().Be(later);
    }
}
