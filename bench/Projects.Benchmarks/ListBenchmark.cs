using System.Diagnostics;
using AiVideo.SharedKernel.Paging;
using Npgsql;

namespace AiVideo.Benchmarks.Projects;

/// <summary>
/// <c>GET /api/projects</c> in a company of a given size: the first page, a page at the middle and the last page (by
/// cursor), <c>scope=mine</c> (half the projects) and <c>status=failed</c> (1 %), each timed over HTTP. The projects are
/// copies of one made through the API, inserted by SQL with time-ordered UUIDv7 ids, as if made one a millisecond (the
/// record is built once per row in a LATERAL join: <c>(f(x)).*</c> would call it once per column).
/// </summary>
public sealed class ListBenchmark(Api api, string database)
{
    public async Task<IReadOnlyList<string>> RunAsync(int projects, int requests)
    {
        var (token, _, companyId) = await api.AdminAsync();
        var template = (await api.SendAsync(HttpMethod.Post, "/api/projects", token, new { title = "Template", prompt = "A project to list" }))
            .GetProperty("id").GetGuid();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(template, projects - 1);
        Console.Error.WriteLine($"Seeded {projects} projects in {seeding.Elapsed.TotalSeconds:0} s");

        var cases = new List<(string Name, string Path)>
        {
            ("first page", "/api/projects?limit=20"),
            ("page at the middle", $"/api/projects?limit=20&cursor={await CursorAtAsync(companyId, projects / 2)}"),
            ("last page", $"/api/projects?limit=20&cursor={await CursorAtAsync(companyId, projects - 10)}"),
            ("scope=mine (half)", "/api/projects?scope=mine&limit=20"),
            ("status=failed (1 %)", "/api/projects?status=failed&limit=20"),
        };
        var rows = new List<string>();
        foreach (var (name, path) in cases)
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
            rows.Add($"| {projects:N0} | {name} | {requests} | {latencies.Cells()} |");
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

    private async Task<string> CursorAtAsync(Guid companyId, int offset)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand("SELECT id FROM projects WHERE company_id = @company ORDER BY id DESC OFFSET @offset LIMIT 1", connection)
        {
            CommandTimeout = 0,
        };
        find.Parameters.AddWithValue("company", companyId);
        find.Parameters.AddWithValue("offset", offset);
        return Cursor.Encode((Guid)(await find.ExecuteScalarAsync())!);
    }
}
