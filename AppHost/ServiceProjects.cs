namespace AiVideo.AppHost;

/// <summary>The built assembly of every project resource, as recorded in this assembly when AppHost was built.</summary>
public static class ServiceProjects
{
    public static string PathOf(string resource) => BuiltProjects.PathOf(typeof(ServiceProjects).Assembly, resource);
}
