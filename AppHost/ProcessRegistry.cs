namespace AiVideo.AppHost;

/// <summary>
/// Remembers the service processes AppHost started (in the data directory), so that a run after a killed one can stop
/// services the killed run left behind, before their ports are needed again.
/// </summary>
public sealed class ProcessRegistry(string dataDirectory, ResourceConsole console)
{
    private readonly string _path = Path.Combine(dataDirectory, "apphost.pids");

    public async Task StopLeftoversAsync()
    {
        if (!File.Exists(_path))
        {
            return;
        }
        foreach (var line in await File.ReadAllLinesAsync(_path))
        {
            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && Posix.IsAlive(pid) && Posix.CommandLine(pid).Contains(parts[1], StringComparison.Ordinal))
            {
                console.Info($"stopping {Path.GetFileNameWithoutExtension(parts[1])} (pid {pid}) left running by an earlier run");
                Posix.Signal(pid, Posix.SigTerm);
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
                while (Posix.IsAlive(pid) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
                if (Posix.IsAlive(pid))
                {
                    Posix.Signal(pid, Posix.SigKill);
                }
            }
        }
        File.Delete(_path);
    }

    public Task RecordAsync(IEnumerable<ProjectResource> projects) => File.WriteAllLinesAsync(_path,
        projects.Where(p => p.ProcessId is not null).Select(p => $"{p.ProcessId} {p.AssemblyPath}"));

    public void Clear() => File.Delete(_path);
}
