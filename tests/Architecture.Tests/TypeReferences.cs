using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AiVideo.Architecture.Tests;

/// <summary>Every type an assembly's code refers to in another assembly, read from its metadata (method bodies included).</summary>
public static class TypeReferences
{
    public static IReadOnlyList<(string Assembly, string Type)> Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = metadata.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }
            if (scope.Kind != HandleKind.AssemblyReference)
            {
                continue;
            }
            var target = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            var name = metadata.GetString(reference.Name);
            var ns = metadata.GetString(reference.Namespace);
            found.Add((target, ns.Length > 0 ? $"{ns}.{name}" : name));
        }
        return found;
    }
}
