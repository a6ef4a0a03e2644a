using AiVideo.Identity.Api;

namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>
/// identity-api on a real loopback port, started once for the whole test run (every fixture's services validate its
/// tokens by authority and get service tokens from it), with projects-api and media-api as OAuth clients.
/// </summary>
public static class SharedIdentity
{
    public const string ProjectsSecret = "projects-secret-for-the-tests-0123456789";

    private static readonly Lazy<Task<ServiceApp<IdentityApi>>> App = new(StartAsync);

    public static Task<ServiceApp<IdentityApi>> GetAsync() => App.Value;

    public static async Task<Uri> AddressAsync() => (await GetAsync()).Address!;

    private static async Task<ServiceApp<IdentityApi>> StartAsync()
    {
        var settings = IdentitySettings.Create();
        settings[$"Identity:Clients:{ResourceNames.ProjectsApi}:Secret"] = ProjectsSecret;
        settings[$"Identity:Clients:{ResourceNames.ProjectsApi}:Grants:0"] = GrantTypes.ClientCredentials;
        settings[$"Identity:Clients:{ResourceNames.ProjectsApi}:Scopes:0"] = Scopes.Internal;
        return await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings, new ServiceAppOptions(ListenOnLoopback: true));
    }
}
