namespace AiVideo.BuildingBlocks.Migrations;

/// <summary>
/// Applies a <see cref="MigrationPlan"/> to a database: under a PostgreSQL advisory lock (so replicas starting together
/// take turns), each pending file in its own transaction together with its row in <c>schema_migrations</c>, after
/// checking that every applied file is unchanged.
/// </summary>
public sealed class SqlMigrator(ILogger<SqlMigrator> logger)
{
    /// <summary>Advisory locks are per database, so one key serves every service database.</summary>
    private const long LockKey = 0x4169_5669_6465_6f01;

    public async Task<IReadOnlyList<SqlMigration>> ApplyAsync(NpgsqlDataSource dataSource, MigrationPlan plan, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    source     text        NOT NULL,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (source, name)
                )
                """, cancellationToken);

            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var pending = new List<SqlMigration>();
            foreach (var migration in plan.Migrations)
            {
                if (applied.TryGetValue((migration.Source, migration.Name), out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new MigrationChecksumMismatchException(migration, checksum);
                    }
                    continue;
                }
                pending.Add(migration);
            }

            var known = plan.Migrations.Select(m => (m.Source, m.Name)).ToHashSet();
            foreach (var unknown in applied.Keys.Where(k => !known.Contains(k)))
            {
                logger.LogWarning("Migration {Source}/{Name} is applied to this database but unknown to this build (is a newer version running?)",
                    unknown.Source, unknown.Name);
            }

            foreach (var migration in pending)
            {
                await ApplyOneAsync(connection, migration, cancellationToken);
            }
            return pending;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, SqlMigration migration, CancellationToken cancellationToken)
    {
        logger.LogInformation("Applying migration {Migration}", migration);
        await using var transaction = migration.RunsInTransaction ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await ExecuteAsync(connection, migration.Script, cancellationToken);
        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (source, name, checksum) VALUES ($1, $2, $3)", connection))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Source });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<Dictionary<(string Source, string Name), string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<(string, string), string>();
        await using var command = new NpgsqlCommand("SELECT source, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
