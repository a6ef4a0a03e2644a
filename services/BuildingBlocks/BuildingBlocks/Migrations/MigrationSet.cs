using System.Reflection;
using System.Text.RegularExpressions;

namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>The ordered migrations of one source, read from <c>.sql</c> files embedded under the logical name <c>migrations/</c>.</summary>
public sealed partial record MigrationSet(string Source, IReadOnlyList<SqlMigration> Migrations)
{
    /// <summary>The source of the outbox, inbox and idempotency tables every service database holds.</summary>
    public const string BuildingBlocksSource = "building-blocks";

    private const string ResourcePrefix = "migrations/";

    public static MigrationSet FromEmbeddedResources(Assembly assembly, string source)
    {
        var migrations = new List<SqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            if (!FileName().IsMatch(name))
            {
                throw new InvalidOperationException(
                    $"Migration '{name}' in {assembly.GetName().Name} is not named NNNN_description.sql (lower case, digits, underscores).");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new SqlMigration(source, name, reader.ReadToEnd()));
        }

        var ordered = migrations.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var duplicate = ordered.GroupBy(m => m.Name[..4]).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", duplicate.Select(m => m.Name))} of '{source}' share the number {duplicate.Key}.");
        }
        return new MigrationSet(source, ordered);
    }

    [GeneratedRegex(@"^\d{4}_[a-z0-9_]+\.sql$")]
    private static partial Regex FileName();
}
