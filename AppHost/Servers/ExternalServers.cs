namespace AiVideo.AppHost.Servers;

/// <summary>
/// A server that already runs elsewhere: when AppHost is given <c>ConnectionStrings:&lt;name&gt;</c> (argument, variable
/// or appsettings), the resource of that name is that connection string instead of a server AppHost starts.
/// </summary>
internal static class ExternalServers
{
    public static bool TryUse(IDistributedApplicationBuilder builder, string name, out IResourceBuilder<IResourceWithConnectionString> external)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            external = builder.AddConnectionString(name);
            return true;
        }
        external = null!;
        return false;
    }
}
