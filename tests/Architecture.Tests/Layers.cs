using System.Reflection;

namespace AiVideo.Architecture.Tests;

/// <summary>The services and their four layers, as assemblies.</summary>
public static class Layers
{
    public static readonly string[] Services = ["Identity", "Projects", "MediaStorage", "Generation", "Webhooks"];

    public static Assembly Load(string service, string layer) => Assembly.Load($"{service}.{layer}");

    public static IEnumerable<object[]> EachService() => Services.Select(s => new object[] { s });

    /// <summary>The names of the assemblies an assembly references directly.</summary>
    public static IReadOnlyList<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    /// <summary>Assemblies of the framework itself (System.*, netstandard, Microsoft.Extensions abstractions are not among them).</summary>
    public static bool IsBaseLibrary(string name) => name is "System.Runtime" or "netstandard" or "mscorlib" or "System.Private.CoreLib"
        || name.StartsWith("System.", StringComparison.Ordinal);
}
