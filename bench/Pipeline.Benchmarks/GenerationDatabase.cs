namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// generation-api's job records, read after a pipeline from its database with psql (the throwaway PostgreSQL the AppHost
/// runs): a customer sees only the jobs its events name, not the final video's, so the benchmark looks where the service
/// keeps them. Read only; nothing the services do depends on it.
/// </summary>
public sealed class GenerationDatabase(int port)
{
    /// <summary>The database from <c>PG_PORT</c> (the AppHost's PostgreSQL port), or null when it is not given.</summary>
    public static GenerationDatabase? FromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("PG_PORT"), CultureInfo.InvariantCulture, out var port) ? new GenerationDatabase(port) : null;

    /// <summary>The jobs of a project, oldest first.</summary>
    public async Task<IReadOnlyList<JobTiming>> JobsAsync(Guid projectId)
    {
        var query = "SELECT request_id, kind, status, attempts, extract(epoch FROM created_at), coalesce(extract(epoch FROM started_at), 0), "
            + $"coalesce(extract(epoch FROM completed_at), 0) FROM generation_jobs WHERE project_id = '{projectId}' ORDER BY created_at";
        var start = new ProcessStartInfo("psql", ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "generationdb",
            "-X", "-A", "-t", "-F", "|", "-c", query])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql failed: {await errors}");
        }
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('|')).Select(f => new JobTiming(
            Guid.Parse(f[0]), f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), Time(f[4])!.Value, Time(f[5]), Time(f[6])))];
    }

    private static DateTimeOffset? Time(string epochSeconds)
    {
        var seconds = double.Parse(epochSeconds, CultureInfo.InvariantCulture);
        return seconds == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
    }
}
