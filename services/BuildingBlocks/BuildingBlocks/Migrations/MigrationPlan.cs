namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>Everything a service's database must have applied, source by source, in order.</summary>
public sealed record MigrationPlan(IReadOnlyList<MigrationSet> Sets)
{
    public IEnumerable<SqlMigration> Migrations => Sets.SelectMany(set => set.Migrations);
}
