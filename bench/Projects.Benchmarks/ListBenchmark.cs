using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AiVideo.SharedKernel.Paging;
using Npgsql;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// <c>GET /api/projects</c> in a company of a given size: the first page, a page at the middle and the last page (by
/// cursor), <c>scope=mine</c> (half the projects) and <c>status=failed</c> (1 %), each timed over HTTP and its query
/// explained in PostgreSQL (buffers touched, execution time: a keyset page stays flat however large the company). The projects are
/// copies of one made through the API, inserted by SQL with time-ordered UUIDv7 ids, as if made one a millisecond (the
/// record is built once per row in a LATERAL join: <c>(f(x)).*</c> would call it once per column).
/// </summary>
public sealed class ListBenchmark(Api api, string database)
{
    public async Task<IReadOnlyList<string>> RunAsync(int projects, int requests)
    {
        var (token, ownerId, companyId) = await api.AdminAsync();
        var template = (await api.SendAsync(HttpMethod.Post, "/api/projects", token, new { title = "Template", prompt = "A project to list" }))
            .GetProperty("id").GetGuid();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(template, projects - 1);
        Console.Error.WriteLine($"Seeded {projects} projects in {seeding.Elapsed.TotalSeconds:0} s");

        var (middle, last) = (await IdAtAsync(companyId, projects / 2), await IdAtAsync(companyId, projects - 10));
        var cases = new List<(string Name, string Path, string Where)>
        {
            ("first page", "/api/projects?limit=20", ""),
            ("page at the middle", $"/api/projects?limit=20&cursor={Cursor.Encode(middle)}", $"AND id < '{middle}'"),
            ("last page", $"/api/projects?limit=20&cursor={Cursor.Encode(last)}", $"AND id < '{last}'"),
            ("scope=mine (half)", "/api/projects?scope=mine&limit=20", $"AND owner_id = '{ownerId}'"),
            ("status=failed (1 %)", "/api/projects?status=failed&limit=20", "AND status = 'failed'"),
        };
        var rows = new List<string>();
        foreach (var (name, path, where) in cases)
        {
            for (var i = 0; i < 20; i++)
            {
                await api.SendAsync(HttpMethod.Get, path, token);
            }
            var latencies = new Latencies();
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                var page = await api.SendAsync(HttpMethod.Get, path, token);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (page.GetProperty("items").GetArrayLength() == 0)
                {
                    throw new InvalidOperationException($"{path} answered an empty page.");
                }
            }
            var (buffers, milliseconds) = await ExplainAsync($"SELECT * FROM projects WHERE company_id = '{companyId}' {where} ORDER BY id DESC LIMIT 21");
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {projects:N0} | {name} | {requests} | {latencies.Cells()} | {buffers} | {milliseconds:0.00} |"));
        }
        return rows;
    }

    private async Task SeedAsync(Guid template, int count)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var baseMilliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - count - 60_000;
        const int Batch = 100_000;
        for (var from = 1; from <= count; from += Batch)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO projects
                SELECT copy.*
                FROM projects p
                CROSS JOIN generate_series(@from, @to) AS g
                CROSS JOIN LATERAL jsonb_populate_record(NULL::projects, to_jsonb(p) || jsonb_build_object(
                    'id', (lpad(to_hex(@base + g), 12, '0') || '7' || substr(md5(p.id::text || g), 1, 3) || '8' || substr(md5(p.id::text || g), 4, 15))::uuid,
                    'owner_id', CASE WHEN g % 2 = 0 THEN p.owner_id ELSE p.id END,
                    'status', CASE WHEN g % 100 = 1 THEN 'failed' ELSE 'draft' END,
                    'title', 'Project ' || g)) AS copy
                WHERE p.id = @template
                """, connection) { CommandTimeout = 0 };
            insert.Parameters.AddWithValue("base", baseMilliseconds);
            insert.Parameters.AddWithValue("from", from);
            insert.Parameters.AddWithValue("to", Math.Min(count, from + Batch - 1));
            insert.Parameters.AddWithValue("template", template);
            await insert.ExecuteNonQueryAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE projects", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The page's query as the list runs it (newest first from the cursor, one more row than the page to know whether
    /// another follows), explained: the buffers it touched and its execution time in the database, which do not depend
    /// on what else the machine runs.
    /// </summary>
    private async Task<(long Buffers, double Milliseconds)> ExplainAsync(string query)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {query}", connection);
        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var root = plan.RootElement[0];
        var top = root.GetProperty("Plan");
        return (top.GetProperty("Shared Hit Blocks").GetInt64() + top.GetProperty("Shared Read Blocks").GetInt64(), root.GetProperty("Execution Time").GetDouble());
    }

    private async Task<Guid> IdAtAsync(Guid companyId, int offset)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand("SELECT id FROM projects WHERE company_id = @company ORDER BY id DESC OFFSET @offset LIMIT 1", connection)
        {
            CommandTimeout = 0,
        };
        find.Parameters.AddWithValue("company", companyId);
        find.Parameters.AddWithValue("offset", offset);
        return (Guid)(await find.ExecuteScalarAsync())!;
    }
}
