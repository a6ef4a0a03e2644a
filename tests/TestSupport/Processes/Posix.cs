using System.Runtime.InteropServices;

namespace AiVideo.Testing.Processes;

/// <summary>The few POSIX calls process supervision needs and .NET does not expose.</summary>
public static partial class Posix
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    public static bool IsRoot => geteuid() == 0;

    /// <summary>Whether a process with this id exists (and is not a zombie).</summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0 || !Directory.Exists($"/proc/{pid}"))
        {
            return false;
        }
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return state != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The process's command line, arguments joined by spaces ("" when it is gone).</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    public static bool Signal(int pid, int signal) => kill(pid, signal) == 0;

    /// <summary>Peak and current resident memory of a process, in bytes (VmHWM and VmRSS of /proc/pid/status).</summary>
    public static (long Peak, long Current) Memory(int pid)
    {
        long peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = ParseKilobytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = ParseKilobytes(line);
            }
        }
        return (peak, current);
    }

    /// <summary>Resets the peak resident memory (VmHWM) of a process to its current value.</summary>
    public static void ResetPeakMemory(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    private static long ParseKilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
