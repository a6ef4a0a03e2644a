using System.Diagnostics;

namespace AiVideo.Generation.Infrastructure.Jobs;

/// <summary>
/// This instance's folder under the workspace root (<c>Providers:Local:WorkspaceRoot</c>), where its jobs' workspaces
/// go. It holds a lock file open for as long as the process lives; the operating system lets go of it however the
/// process ends (kill -9 too). So a folder whose lock can be taken belongs to an instance that is gone: the sweep stops
/// the tools that instance left running on it (ffmpeg outlives a killed parent) and deletes the folder. Instances on
/// one machine share the root without touching each other's work.
/// </summary>
public sealed class WorkspaceHome : IDisposable
{
    public const string Prefix = "instance-";
    private const string LockFile = ".lock";

    private readonly FileStream _lock;
    private readonly ILogger<WorkspaceHome> _logger;

    public WorkspaceHome(IOptions<Local.LocalMediaOptions> options, WorkerIdentity worker, ILogger<WorkspaceHome> logger)
    {
        _logger = logger;
        Root = System.IO.Path.GetFullPath(options.Value.WorkspaceRoot);
        var name = new string([.. worker.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        Path = System.IO.Path.Combine(Root, Prefix + name);
        Directory.CreateDirectory(Path);
        _lock = new FileStream(System.IO.Path.Combine(Path, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    public string Root { get; }

    /// <summary>This instance's folder.</summary>
    public string Path { get; }

    /// <summary>Removes the folders of instances that are gone, and stops the tools they left running; returns how many folders went.</summary>
    public int SweepAbandoned()
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            if (folder == Path || !IsAbandoned(folder))
            {
                continue;
            }
            var stopped = StopToolsUsing(folder);
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
                _logger.LogInformation("Removed the workspaces of a stopped instance ({Folder}); stopped {Tools} tool(s) it left running", folder, stopped);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(exception, "Could not remove the abandoned workspaces in {Folder}", folder);
            }
        }
        return removed;
    }

    public void Dispose() => _lock.Dispose();

    private static bool IsAbandoned(string folder)
    {
        try
        {
            using var probe = new FileStream(System.IO.Path.Combine(folder, LockFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (IOException)
        {
            return false; // its instance holds the lock: alive
        }
    }

    /// <summary>Kills the processes (Linux: by /proc) whose command line names the folder: only tools this service started there.</summary>
    private int StopToolsUsing(string folder)
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }
        var stopped = 0;
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                var commandLine = File.ReadAllText(System.IO.Path.Combine(entry, "cmdline")).Replace('\0', ' ');
                if (!commandLine.Contains(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                stopped++;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                or System.ComponentModel.Win32Exception)
            {
                // Gone in the meantime, or not ours to read.
            }
        }
        return stopped;
    }
}
