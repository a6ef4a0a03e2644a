using System.Collections.Frozen;
using System.Reflection;
using AiVideo.Contracts;

namespace AiVideo.BuildingBlocks.Outbox;

/// <summary>
/// The message types the outbox may publish, by name: the Contracts assembly plus any assembly added to
/// <see cref="OutboxOptions.MessageAssemblies"/>. Names are never resolved through <see cref="Type.GetType(string)"/>.
/// </summary>
public sealed class IntegrationEventTypes
{
    private readonly FrozenDictionary<string, Type> _types;

    public IntegrationEventTypes(IOptions<OutboxOptions> options)
    {
        _types = options.Value.MessageAssemblies.Append(typeof(ImageStored).Assembly).Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false, Namespace: not null })
            .ToFrozenDictionary(NameOf, type => type);
    }

    public static string NameOf(Type type) => type.FullName!;

    public Type Resolve(string name) => _types.TryGetValue(name, out var type)
        ? type
        : throw new InvalidOperationException($"'{name}' is not a known integration event type.");
}
