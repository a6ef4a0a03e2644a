using AiVideo.BuildingBlocks.Persistence;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class SchemaComparerTests
{
    [Fact]
    public async Task The_notes_model_matches_the_schema_its_migrations_create()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("schema_match");
        using var host = NotesHost.CreateBuilder(database).Build();
        await host.StartAsync();

        await using var context = NotesHost.OpenContext(database);
        await SchemaAssert.ModelMatchesDatabaseAsync(context);
        await host.StopAsync();
    }

    [Fact]
    public async Task Every_kind_of_difference_is_reported()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("schema_mismatch");
        using var host = NotesHost.CreateBuilder(database).Build();
        await host.StartAsync();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var change = new NpgsqlCommand("""
                ALTER TABLE notes ALTER COLUMN text TYPE text;
                ALTER TABLE notes ALTER COLUMN copies DROP NOT NULL;
                DROP INDEX ix_notes_created_at;
                CREATE UNIQUE INDEX ix_notes_text ON notes (text);
                CREATE TABLE strays (id int);
                """, connection);
            await change.ExecuteNonQueryAsync();
        }

        await using var context = new DriftedNotesContext(new DbContextOptionsBuilder<DriftedNotesContext>().UseNpgsql(database).Options);
        var differences = await AiVideo.Testing.SchemaComparer.CompareAsync(context);

        differences.Should().Contain(d => d.Contains("notes: column text is charactervarying(200) not null in the model but text not null"));
        differences.Should().Contain(d => d.Contains("notes: column copies is integer not null in the model but integer null"));
        differences.Should().Contain(d => d.Contains("index ix_notes_created_at") && d.Contains("not in the database"));
        differences.Should().Contain(d => d.Contains("index ix_notes_text") && d.Contains("not in the model"));
        differences.Should().Contain("table strays exists in the database but not in the model");
        differences.Should().Contain(d => d.Contains("column archived") && d.Contains("not in the database"));
        await host.StopAsync();
    }

    /// <summary>The notes model with one column the migrations never added.</summary>
    private sealed class DriftedNotesContext(DbContextOptions<DriftedNotesContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.AddBuildingBlocks();
            modelBuilder.Entity<Note>(note =>
            {
                note.ToTable("notes");
                note.Property(n => n.Text).HasMaxLength(200);
                note.HasIndex(n => n.CreatedAt);
                note.Property<bool>("Archived");
            });
            modelBuilder.UseSnakeCaseNames();
        }
    }
}
