namespace AiVideo.EndToEnd.Tests;

/// <summary>What runs on this machine on behalf of a run: the processes that name its folder or carry its marker.</summary>
public static class ProcessTree
{
    /// <summary>Live processes whose command line or environment mentions <paramref name="text"/> (a run's data folder).</summary>
    public static IReadOnlyList<int> Mentioning(string text) =>
        Pids().Where(pid => pid != Environment.ProcessId && Posix.IsAlive(pid) && (Posix.CommandLine(pid).Contains(text, StringComparison.Ordinal) || EnvironmentOf(pid).Contains(text, StringComparison.Ordinal))).ToList();

    /// <summary>The process and every live process below it (children, their children...), parents before children.</summary>
    public static IReadOnlyList<int> WithDescendants(int root)
    {
        var parents = Pids().Select(pid => (Pid: pid, Parent: ParentOf(pid))).Where(p => p.Parent > 0).ToLookup(p => p.Parent, p => p.Pid);
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents[tree[i]]);
        }
        return tree.Where(Posix.IsAlive).ToList();
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

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
