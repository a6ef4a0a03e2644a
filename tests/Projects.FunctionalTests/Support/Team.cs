namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// People a test class shares: a company's admin and two of its members, and the admin of another company. Created once
/// per class through identity-api (registration and invitation are the slowest calls a test makes).
/// </summary>
public sealed class Team : IAsyncLifetime
{
    public Account Admin { get; private set; } = null!;

    public Account Member { get; private set; } = null!;

    public Account OtherMember { get; private set; } = null!;

    public Account Stranger { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Accounts.AdminAsync();
        Member = await Accounts.MemberOfAsync(Admin);
        OtherMember = await Accounts.MemberOfAsync(Admin);
        Stranger = await Accounts.AdminAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
