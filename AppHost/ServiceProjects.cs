using System.Reflection;

namespace AiVideo.AppHost;

/// <summary>The built assembly of every project resource, as recorded in this assembly when AppHost was built.</summary>
public static class ServiceProjects
{
    private const string Prefix = "project:";

    public static IReadOnlyDictionary<string, string> Paths { get; } = typeof(ServiceProjects).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(Prefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[Prefix.Length..], a => a.Value!);

    public static string PathOf(string resource) => Paths.TryGetValue(resource, out var path) && File.Exists(path)
        ? path
        : throw new InvalidOperationException($"The project of '{resource}' is not built at '{path}': build AppHost (dotnet build AppHost).");
}
