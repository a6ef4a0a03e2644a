using AiVideo.Identity.Api;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>
/// identity-api on a real loopback port, started once per test process (as <see cref="TestServers"/> are) and shared by
/// every fixture: it only signs up the accounts and issues the tokens, and every test makes accounts of its own. Its cold
/// start is most of a fixture's, so the fixtures (one webhooks-api each) start in a second or two.
/// </summary>
public static class SharedIdentity
{
    private static readonly Lazy<Task<ServiceApp<IdentityApi>>> Shared = new(() =>
        ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, IdentitySettings.Create(), new ServiceAppOptions(ListenOnLoopback: true)));

    public static Task<ServiceApp<IdentityApi>> GetAsync() => Shared.Value;
}
