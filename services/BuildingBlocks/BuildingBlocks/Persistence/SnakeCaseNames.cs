using System.Text;

namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>Maps the EF model to PostgreSQL's usual snake_case names, so hand-written SQL migrations read naturally.</summary>
public static class SnakeCaseNames
{
    /// <summary>Call last in <c>OnModelCreating</c>: renames tables, columns, keys, foreign keys and indexes.</summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table));
            }
            foreach (var property in entity.GetProperties())
            {
                // xmin is PostgreSQL's system column that Npgsql maps row versions to; it keeps its name.
                if (property.GetColumnName() is { } column && column != "xmin")
                {
                    property.SetColumnName(ToSnakeCase(column));
                }
            }
            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
        return modelBuilder;
    }

    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || char.IsLower(next));
                if (startsWord)
                {
                    result.Append('_');
                }
                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
