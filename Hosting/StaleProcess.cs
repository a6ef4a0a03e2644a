namespace AiVideo.Hosting;

/// <summary>Finds and stops a server that a killed earlier run left running on the same data directory.</summary>
internal static class StaleProcess
{
    /// <summary>The live process whose id the pid file holds, if its command line looks like <paramref name="expected"/>.</summary>
    public static int? Find(string pidFile, string expected)
    {
        if (!File.Exists(pidFile))
        {
            return null;
        }
        var first = File.ReadLines(pidFile).FirstOrDefault()?.Trim();
        return int.TryParse(first, out var pid) && Posix.IsAlive(pid) && Posix.CommandLine(pid).Contains(expected, StringComparison.Ordinal)
            ? pid
            : null;
    }

    public static async Task TerminateAsync(int pid, TimeSpan grace)
    {
        Posix.Signal(pid, Posix.SigTerm);
        var deadline = DateTime.UtcNow + grace;
        while (Posix.IsAlive(pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                Posix.Signal(pid, Posix.SigKill);
                deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            }
            await Task.Delay(50);
        }
    }
}
