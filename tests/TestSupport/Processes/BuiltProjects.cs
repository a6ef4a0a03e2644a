using System.Reflection;

namespace AiVideo.Testing.Processes;

/// <summary>
/// Where a project of this repository is built, in the configuration the tests were built in, for tests that run it as
/// a process of its own (the gateway, AppHost, test hosts). The test project references it so that it is built first.
/// </summary>
public static class BuiltProjects
{
    private static readonly string Configuration =
        typeof(BuiltProjects).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built assembly of the project in <paramref name="projectDirectory"/> (relative to the repository).</summary>
    public static string PathOf(string projectDirectory, string assemblyName)
    {
        var path = Path.Combine(Repository.Root, projectDirectory, "bin", Configuration, "net10.0", $"{assemblyName}.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{assemblyName} is not built at '{path}'.");
    }
}
