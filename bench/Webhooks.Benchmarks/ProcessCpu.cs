using System.Globalization;

namespace AiVideo.Benchmarks.Webhooks;

/// <summary>Another process's CPU time (user + system) from <c>/proc/&lt;pid&gt;/stat</c>, in seconds.</summary>
public sealed class ProcessCpu(int pid, int ticksPerSecond)
{
    public double Seconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / (double)ticksPerSecond;
    }

    /// <summary>
    /// Waits until the process has used less than 5% of a core over half a second (an outbox or a worker catching up from
    /// the previous phase), for at most <paramref name="limit"/>.
    /// </summary>
    public async Task WaitUntilQuietAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var before = Seconds();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            var now = Seconds();
            if (now - before < 0.025)
            {
                return;
            }
            before = now;
        }
    }
}
