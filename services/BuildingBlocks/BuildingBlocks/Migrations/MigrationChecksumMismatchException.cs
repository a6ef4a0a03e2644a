namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>An applied migration's file was edited afterwards. Applied migrations never change: add a new one instead.</summary>
public sealed class MigrationChecksumMismatchException(SqlMigration migration, string appliedChecksum) : Exception(
    $"Migration {migration} was changed after it was applied to this database (applied checksum {appliedChecksum}, " +
    $"file checksum {migration.Checksum}). Applied migrations are never edited: restore the file and add a new migration for the change.")
{
    public SqlMigration Migration { get; } = migration;
}
