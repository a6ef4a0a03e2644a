using Npgsql;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// A look into one service's own database, for what the API cannot show (whether rows still point at deleted files, the
/// state of generation's jobs). Tests only read.
/// </summary>
public sealed class Database(string connectionString)
{
    public static async Task<Database> OfAsync(SystemFixture system, string name) => new(await system.ConnectionStringAsync(name));

    /// <summary>Every row of a query, each as column name → value (DBNull as null).</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        return rows;
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await RowsAsync(sql, parameters)).Single().Values.Single(), System.Globalization.CultureInfo.InvariantCulture);
}
