using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace AiVideo.Testing;

/// <summary>
/// Compares an EF Core model with the schema its SQL migrations produced: tables, columns (type, nullability, identity),
/// primary keys, unique and plain indexes, and foreign keys. Returns one line per difference; none means they agree.
/// Index filters and column defaults are not compared.
/// </summary>
public static class SchemaComparer
{
    /// <summary>Bookkeeping tables that are not part of any EF model.</summary>
    public static readonly string[] AlwaysIgnored = ["schema_migrations"];

    /// <summary>PostgreSQL system columns a model may map (a row version on xmin); every table has them.</summary>
    private static readonly HashSet<string> SystemColumns = ["xmin", "xmax", "ctid", "tableoid", "cmin", "cmax"];

    public static async Task<IReadOnlyList<string>> CompareAsync(DbContext context, params string[] ignoredTables)
    {
        var ignored = AlwaysIgnored.Concat(ignoredTables).ToHashSet(StringComparer.Ordinal);
        var expected = FromModel(context.GetService<IDesignTimeModel>().Model);
        var actual = await FromDatabaseAsync(context.Database.GetDbConnection().ConnectionString);
        var differences = new List<string>();

        foreach (var table in actual.Keys.Except(expected.Keys).Where(t => !ignored.Contains(t)).Order())
        {
            differences.Add($"table {table} exists in the database but not in the model");
        }
        foreach (var (name, model) in expected.OrderBy(t => t.Key))
        {
            if (!actual.TryGetValue(name, out var database))
            {
                differences.Add($"table {name} is in the model but not in the database");
                continue;
            }
            Compare(name, "column", model.Columns, database.Columns, differences);
            Compare(name, "primary key", model.PrimaryKey is null ? [] : new() { [model.PrimaryKey.Name] = model.PrimaryKey.Describe() },
                database.PrimaryKey is null ? [] : new() { [database.PrimaryKey.Name] = database.PrimaryKey.Describe() }, differences);
            Compare(name, "index", model.Indexes, database.Indexes, differences);
            Compare(name, "foreign key", model.ForeignKeys, database.ForeignKeys, differences);
        }
        return differences;
    }

    private static void Compare(string table, string what, Dictionary<string, string> model, Dictionary<string, string> database, List<string> differences)
    {
        foreach (var (name, description) in model.OrderBy(c => c.Key))
        {
            if (!database.TryGetValue(name, out var actual))
            {
                differences.Add($"{table}: {what} {name} ({description}) is in the model but not in the database");
            }
            else if (actual != description)
            {
                differences.Add($"{table}: {what} {name} is {description} in the model but {actual} in the database");
            }
        }
        foreach (var name in database.Keys.Except(model.Keys).Order())
        {
            differences.Add($"{table}: {what} {name} ({database[name]}) is in the database but not in the model");
        }
    }

    private static Dictionary<string, TableShape> FromModel(IModel model)
    {
        var tables = new Dictionary<string, TableShape>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            if (!tables.TryGetValue(store.Name, out var table))
            {
                tables[store.Name] = table = new TableShape();
            }
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is not { } column || SystemColumns.Contains(column))
                {
                    continue;
                }
                var identity = property.GetValueGenerationStrategy(store) switch
                {
                    NpgsqlValueGenerationStrategy.IdentityAlwaysColumn => " identity always",
                    NpgsqlValueGenerationStrategy.IdentityByDefaultColumn => " identity by default",
                    _ => "",
                };
                table.Columns[column] = $"{Normalize(property.GetColumnType(store))} {(property.IsColumnNullable(store) ? "null" : "not null")}{identity}";
            }
            if (entity.FindPrimaryKey() is { } key && key.GetName(store) is { } keyName)
            {
                table.PrimaryKey = new KeyShape(keyName, key.Properties.Select(p => p.GetColumnName(store)!).ToList());
            }
            foreach (var index in entity.GetIndexes())
            {
                if (index.GetDatabaseName(store) is { } indexName)
                {
                    table.Indexes[indexName] = $"{(index.IsUnique ? "unique " : "")}({string.Join(", ", index.Properties.Select(p => p.GetColumnName(store)))})";
                }
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                var principal = foreignKey.PrincipalEntityType.GetTableName();
                if (foreignKey.GetConstraintName(store, StoreObjectIdentifier.Table(principal!, foreignKey.PrincipalEntityType.GetSchema())) is { } fkName)
                {
                    table.ForeignKeys[fkName] = $"({string.Join(", ", foreignKey.Properties.Select(p => p.GetColumnName(store)))}) -> {principal}";
                }
            }
        }
        return tables;
    }

    private static async Task<Dictionary<string, TableShape>> FromDatabaseAsync(string connectionString)
    {
        var tables = new Dictionary<string, TableShape>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        await foreach (var row in QueryAsync(connection, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            """))
        {
            var identity = row[4] switch { "a" => " identity always", "d" => " identity by default", _ => "" };
            Table(tables, row[0]).Columns[row[1]] = $"{Normalize(row[2])} {(row[3] == "True" ? "not null" : "null")}{identity}";
        }

        await foreach (var row in QueryAsync(connection, """
            SELECT t.relname, con.conname, con.contype,
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
                   coalesce(ref.relname, '')
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_class ref ON ref.oid = con.confrelid
            WHERE n.nspname = 'public' AND con.contype IN ('p', 'f')
            """))
        {
            var table = Table(tables, row[0]);
            if (row[2] == "p")
            {
                table.PrimaryKey = new KeyShape(row[1], row[3].Split(", ").ToList());
            }
            else
            {
                table.ForeignKeys[row[1]] = $"({row[3]}) -> {row[4]}";
            }
        }

        await foreach (var row in QueryAsync(connection, """
            SELECT t.relname, i.relname, ix.indisunique,
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum)
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT ix.indisprimary
            """))
        {
            Table(tables, row[0]).Indexes[row[1]] = $"{(row[2] == "True" ? "unique " : "")}({row[3]})";
        }
        return tables;
    }

    private static TableShape Table(Dictionary<string, TableShape> tables, string name) =>
        tables.TryGetValue(name, out var table) ? table : tables[name] = new TableShape();

    private static async IAsyncEnumerable<string[]> QueryAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i)) ?? "";
            }
            yield return row;
        }
    }

    private static string Normalize(string? type) => (type ?? "?").ToLowerInvariant().Replace(" ", "") switch
    {
        "timestamptz" => "timestampwithtimezone",
        "int" or "int4" => "integer",
        "int8" => "bigint",
        "bool" => "boolean",
        "varchar" => "charactervarying",
        var other when other.StartsWith("varchar(", StringComparison.Ordinal) => "charactervarying" + other[7..],
        var other => other,
    };

    private sealed class TableShape
    {
        public Dictionary<string, string> Columns { get; } = new(StringComparer.Ordinal);
        public KeyShape? PrimaryKey { get; set; }
        public Dictionary<string, string> Indexes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> ForeignKeys { get; } = new(StringComparer.Ordinal);
    }

    private sealed record KeyShape(string Name, List<string> Columns)
    {
        public string Describe() => $"({string.Join(", ", Columns)})";
    }
}
