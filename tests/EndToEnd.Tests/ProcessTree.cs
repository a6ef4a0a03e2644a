namespace AiVideo.EndToEnd.Tests;

/// <summary>What runs on this machine on behalf of a run: the processes that name its folder or carry its marker.</summary>
public static class ProcessTree
{
    /// <summary>Live processes whose command line or environment mentions <paramref name="text"/> (a run's data folder).</summary>
    public static IReadOnlyList<int> Mentioning(string text) =>
        Pids().Where(pid => pid != Environment.ProcessId && Posix.IsAlive(pid) && (Posix.CommandLine(pid).Contains(text, StringComparison.Ordinal) || EnvironmentOf(pid).Contains(text, StringComparison.Ordinal))).ToList();

    private static string EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static IEnumerable<int> Pids() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Select(name => int.TryParse(name, out var pid) ? pid : 0).Where(pid => pid > 0);
}
