using System.Reflection;

namespace AiVideo.Hosting;

/// <summary>Reads the project outputs an assembly recorded at build time (see build/ProjectPaths.targets).</summary>
public static class BuiltProjects
{
    private const string Prefix = "project:";

    public static IReadOnlyDictionary<string, string> In(Assembly assembly) => assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(Prefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[Prefix.Length..], a => a.Value!);

    public static string PathOf(Assembly assembly, string resource) =>
        In(assembly).TryGetValue(resource, out var path) && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The project '{resource}' recorded by {assembly.GetName().Name} is not built at '{path}'.");
}
