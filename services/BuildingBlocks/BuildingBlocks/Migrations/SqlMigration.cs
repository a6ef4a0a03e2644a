using System.Security.Cryptography;
using System.Text;

namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>
/// One forward-only schema change: a <c>NNNN_description.sql</c> file of a source (the building blocks, or a service).
/// A first line <c>-- migration: no-transaction</c> runs it outside a transaction (for <c>CREATE INDEX CONCURRENTLY</c>).
/// </summary>
public sealed record SqlMigration(string Source, string Name, string Script)
{
    private const string NoTransactionMarker = "-- migration: no-transaction";

    /// <summary>SHA-256 of the script with line endings normalised, so a checkout on another OS does not count as an edit.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Script.ReplaceLineEndings("\n"))));

    public bool RunsInTransaction => !Script.TrimStart().StartsWith(NoTransactionMarker, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Source}/{Name}";
}
