using AiVideo.BuildingBlocks.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiVideo.BuildingBlocks.FunctionalTests;

public sealed class MigrationTests
{
    private static readonly SqlMigrator Migrator = new(NullLogger<SqlMigrator>.Instance);

    private static MigrationPlan Plan(params (string Name, string Script)[] migrations) =>
        new([new MigrationSet("shop", migrations.Select(m => new SqlMigration("shop", m.Name, m.Script)).ToList())]);

    private static readonly (string, string)[] ShopMigrations =
    [
        // pg_sleep widens the window in which a second instance would run the same file if the lock did not hold it back.
        ("0001_products.sql", "SELECT pg_sleep(0.3); CREATE TABLE products (id uuid PRIMARY KEY, name text NOT NULL);"),
        ("0002_prices.sql", "ALTER TABLE products ADD COLUMN price numeric NOT NULL DEFAULT 0;"),
        ("0003_orders.sql", "CREATE TABLE orders (id uuid PRIMARY KEY, product_id uuid NOT NULL REFERENCES products (id));"),
    ];

    [Fact]
    public async Task Instances_starting_together_apply_each_migration_exactly_once()
    {
        var servers = await TestServers.GetAsync();
        var database = await servers.CreateDatabaseAsync("migrations_race");
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(database)).ToList();

        var applied = await Task.WhenAll(sources.Select(source => Migrator.ApplyAsync(source, Plan(ShopMigrations), CancellationToken.None)));

        applied.Sum(a => a.Count).Should().Be(3, "four instances raced, and between them each file ran once");
        (await ScalarAsync<long>(database, "SELECT count(*) FROM schema_migrations")).Should().Be(3);
        (await ScalarAsync<long>(database, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'products'")).Should().Be(3);
        foreach (var source in sources)
        {
            await source.DisposeAsync();
        }
    }

    [Fact]
    public async Task Applied_migrations_are_recorded_with_checksums_and_not_run_again()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("migrations_again");
        await using var source = NpgsqlDataSource.Create(database);

        var first = await Migrator.ApplyAsync(source, Plan(ShopMigrations[..2]), CancellationToken.None);
        var second = await Migrator.ApplyAsync(source, Plan(ShopMigrations), CancellationToken.None);
        var third = await Migrator.ApplyAsync(source, Plan(ShopMigrations), CancellationToken.None);

        first.Select(m => m.Name).Should().Equal("0001_products.sql", "0002_prices.sql");
        second.Select(m => m.Name).Should().Equal("0003_orders.sql");
        third.Should().BeEmpty();
        var checksum = await ScalarAsync<string>(database, "SELECT checksum FROM schema_migrations WHERE name = '0002_prices.sql'");
        checksum.Should().Be(new SqlMigration("shop", "0002_prices.sql", ShopMigrations[1].Item2).Checksum).And.HaveLength(64);
    }

    [Fact]
    public async Task An_edited_applied_migration_stops_start_up_with_a_clear_message()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("migrations_edited");
        await using var source = NpgsqlDataSource.Create(database);
        await Migrator.ApplyAsync(source, Plan(ShopMigrations), CancellationToken.None);

        var edited = ShopMigrations.ToArray();
        edited[1] = ("0002_prices.sql", "ALTER TABLE products ADD COLUMN price numeric(10,2) NOT NULL DEFAULT 0;");
        var apply = () => Migrator.ApplyAsync(source, Plan(edited), CancellationToken.None);

        (await apply.Should().ThrowAsync<MigrationChecksumMismatchException>())
            .WithMessage("Migration shop/0002_prices.sql was changed after it was applied*add a new migration*");
    }

    [Fact]
    public async Task Only_line_ending_differences_do_not_count_as_an_edit()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("migrations_crlf");
        await using var source = NpgsqlDataSource.Create(database);
        await Migrator.ApplyAsync(source, Plan(("0001_a.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);")), CancellationToken.None);

        var again = await Migrator.ApplyAsync(source, Plan(("0001_a.sql", "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);")), CancellationToken.None);

        again.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_of_itself_behind()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("migrations_failing");
        await using var source = NpgsqlDataSource.Create(database);

        var apply = () => Migrator.ApplyAsync(source, Plan(("0001_half.sql", "CREATE TABLE half (id int); SELECT 1/0;")), CancellationToken.None);

        await apply.Should().ThrowAsync<PostgresException>();
        (await ScalarAsync<long>(database, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'half'")).Should().Be(0);
        (await ScalarAsync<long>(database, "SELECT count(*) FROM schema_migrations")).Should().Be(0);
    }

    [Fact]
    public async Task A_migration_marked_no_transaction_can_create_an_index_concurrently()
    {
        var database = await (await TestServers.GetAsync()).CreateDatabaseAsync("migrations_concurrently");
        await using var source = NpgsqlDataSource.Create(database);

        await Migrator.ApplyAsync(source, Plan(
            ("0001_t.sql", "CREATE TABLE t (id int);"),
            ("0002_t_index.sql", "-- migration: no-transaction\nCREATE INDEX CONCURRENTLY ix_t_id ON t (id);")), CancellationToken.None);

        (await ScalarAsync<long>(database, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_t_id'")).Should().Be(1);
    }

    [Fact]
    public async Task A_service_creates_its_missing_database_and_applies_the_building_blocks_and_its_own_migrations()
    {
        var servers = await TestServers.GetAsync();
        var missing = new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = $"notes_{Guid.NewGuid():N}" }.ConnectionString;
        using var host = NotesHost.CreateBuilder(missing).Build();

        await host.StartAsync();

        var applied = await ScalarAsync<string>(missing, "SELECT string_agg(source || '/' || name, ',' ORDER BY applied_at, name) FROM schema_migrations");
        applied.Should().Be("building-blocks/0001_outbox_inbox.sql,building-blocks/0002_idempotency_keys.sql,building-blocks/0003_idempotency_resources.sql,building-blocks/0004_outbox_dead_letters.sql,notes/0001_notes.sql");
        await host.StopAsync();
    }

    [Fact]
    public void Migration_files_must_be_named_with_a_number_and_a_description()
    {
        var set = MigrationSet.FromEmbeddedResources(typeof(NotesContext).Assembly, "notes");

        set.Migrations.Select(m => m.Name).Should().Equal("0001_notes.sql");
        set.Migrations[0].RunsInTransaction.Should().BeTrue();
    }

    internal static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
