namespace AiVideo.Benchmarks.Pipeline;

/// <summary>
/// Samples every process of the running system from /proc: those whose environment carries the run's marker variable
/// (the AppHost passes its environment on to DCP and every resource, and they to the tools they start) or whose command
/// line names the run's data directory. Every interval it sums each role's resident memory (VmRSS) and keeps the peaks
/// per phase and for the whole run; at each phase's start and end it reads each role's CPU time (user + system; what a
/// service's reaped children spent, the ffmpeg and espeak-ng runs, counts under its tools). Every few samples it also reads each
/// process's PSS (/proc/PID/smaps_rollup, dearer to read), which, unlike RSS, counts shared pages once across processes.
/// </summary>
public sealed class SystemSampler : IAsyncDisposable
{
    public const string WholeRun = "whole run";

    private readonly byte[] _marker;
    private readonly string _dataDirectory;
    private readonly TimeSpan _interval;
    private readonly int _ticksPerSecond;
    private readonly int _pssEvery;
    private readonly int _self = Environment.ProcessId;
    private readonly Dictionary<(int Pid, long Start), bool> _members = [];
    private readonly Dictionary<string, Dictionary<string, RolePeak>> _peaks = [];
    private readonly Dictionary<string, long> _totalPeaks = [];
    private readonly Dictionary<string, long> _totalPssPeaks = [];
    private readonly Dictionary<string, Dictionary<string, double>> _cpu = [];
    private readonly Dictionary<string, double> _phaseSeconds = [];
    private readonly List<string> _phases = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _sampling = Task.CompletedTask;
    private string _phase = "idle";
    private Dictionary<string, double> _phaseStartCpu = [];
    private double _phaseStart;

    private SystemSampler(string marker, string dataDirectory, TimeSpan interval, int ticksPerSecond, int pssEvery)
    {
        _pssEvery = pssEvery;
        _marker = System.Text.Encoding.UTF8.GetBytes(marker);
        _dataDirectory = dataDirectory;
        _interval = interval;
        _ticksPerSecond = ticksPerSecond;
    }

    public int Samples { get; private set; }

    /// <summary>Phases in the order they ran.</summary>
    public IReadOnlyList<string> Phases => _phases;

    public static SystemSampler Start(string marker, string dataDirectory, TimeSpan interval, int ticksPerSecond, int pssEvery, string firstPhase)
    {
        var sampler = new SystemSampler(marker, dataDirectory, interval, ticksPerSecond, pssEvery);
        sampler.BeginPhase(firstPhase);
        sampler._sampling = Task.Run(sampler.RunAsync);
        return sampler;
    }

    /// <summary>Ends the current phase (its CPU time per role is recorded) and starts the next.</summary>
    public void BeginPhase(string phase)
    {
        var now = CpuByRole();
        lock (_lock)
        {
            if (_phases.Count > 0)
            {
                RecordCpu(now);
            }
            _phase = phase;
            if (!_phases.Contains(phase))
            {
                _phases.Add(phase);
            }
            _phaseStartCpu = now;
            _phaseStart = Clock.Now;
        }
    }

    /// <summary>The peaks of a phase (or <see cref="WholeRun"/>) by role.</summary>
    public IReadOnlyDictionary<string, RolePeak> Peaks(string phase)
    {
        lock (_lock)
        {
            return _peaks.TryGetValue(phase, out var peaks) ? new Dictionary<string, RolePeak>(peaks) : [];
        }
    }

    /// <summary>The highest sum of every process's resident memory at one sample in a phase (or the whole run), in kB.</summary>
    public long TotalPeakKb(string phase)
    {
        lock (_lock)
        {
            return _totalPeaks.GetValueOrDefault(phase);
        }
    }

    /// <summary>The highest sum of every process's PSS at one reading in a phase (or the whole run), in kB.</summary>
    public long TotalPeakPssKb(string phase)
    {
        lock (_lock)
        {
            return _totalPssPeaks.GetValueOrDefault(phase);
        }
    }

    /// <summary>CPU seconds by role spent in a finished phase (summed when a phase ran more than once).</summary>
    public IReadOnlyDictionary<string, double> Cpu(string phase)
    {
        lock (_lock)
        {
            return _cpu.TryGetValue(phase, out var cpu) ? new Dictionary<string, double>(cpu) : [];
        }
    }

    /// <summary>How long a phase lasted, in seconds.</summary>
    public double PhaseSeconds(string phase)
    {
        lock (_lock)
        {
            return _phaseSeconds.GetValueOrDefault(phase);
        }
    }

    /// <summary>Ends the last phase and stops sampling.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        var now = CpuByRole();
        lock (_lock)
        {
            RecordCpu(now);
        }
        _stop.Dispose();
    }

    private void RecordCpu(Dictionary<string, double> now)
    {
        var spent = _cpu.TryGetValue(_phase, out var existing) ? existing : _cpu[_phase] = [];
        foreach (var role in now.Keys.Union(_phaseStartCpu.Keys))
        {
            var delta = now.GetValueOrDefault(role) - _phaseStartCpu.GetValueOrDefault(role);
            if (delta > 0)
            {
                spent[role] = spent.GetValueOrDefault(role) + delta;
            }
        }
        _phaseSeconds[_phase] = _phaseSeconds.GetValueOrDefault(_phase) + Clock.Now - _phaseStart;
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(_interval);
        do
        {
            Sample();
        }
        while (await timer.WaitForNextTickAsync(_stop.Token));
    }

    private void Sample()
    {
        var processes = Members().ToList();
        var withPss = _pssEvery > 0 && Samples % _pssEvery == 0;
        var byRole = new Dictionary<string, (long Rss, int Count, long Hwm, long Pss)>();
        foreach (var process in processes)
        {
            var (rss, hwm) = Memory(process.Pid);
            var pss = withPss ? Pss(process.Pid) : 0;
            var current = byRole.GetValueOrDefault(process.Role);
            byRole[process.Role] = (current.Rss + rss, current.Count + 1, Math.Max(current.Hwm, hwm), current.Pss + pss);
        }
        var total = byRole.Values.Sum(r => r.Rss);
        var totalPss = byRole.Values.Sum(r => r.Pss);
        lock (_lock)
        {
            Samples++;
            foreach (var phase in new[] { _phase, WholeRun })
            {
                var peaks = _peaks.TryGetValue(phase, out var existing) ? existing : _peaks[phase] = [];
                foreach (var (role, (rss, count, hwm, pss)) in byRole)
                {
                    var peak = peaks.TryGetValue(role, out var known) ? known : peaks[role] = new RolePeak();
                    peak.PeakRssKb = Math.Max(peak.PeakRssKb, rss);
                    peak.MaxProcesses = Math.Max(peak.MaxProcesses, count);
                    peak.PeakSingleHwmKb = Math.Max(peak.PeakSingleHwmKb, hwm);
                    peak.PeakPssKb = Math.Max(peak.PeakPssKb, pss);
                }
                _totalPeaks[phase] = Math.Max(_totalPeaks.GetValueOrDefault(phase), total);
                _totalPssPeaks[phase] = Math.Max(_totalPssPeaks.GetValueOrDefault(phase), totalPss);
            }
        }
    }

    /// <summary>CPU seconds (user + system, with reaped children) of every live process of the system, summed by role.</summary>
    private Dictionary<string, double> CpuByRole()
    {
        var cpu = new Dictionary<string, double>();
        foreach (var process in Members())
        {
            cpu[process.Role] = cpu.GetValueOrDefault(process.Role) + (double)process.OwnTicks / _ticksPerSecond;
            // A service's reaped children are the tools it ran (ffmpeg, espeak-ng); a server's are its own workers.
            var children = ProcessRoles.IsService(process.Role) ? ProcessRoles.ToolsOf(process.Role) : process.Role;
            cpu[children] = cpu.GetValueOrDefault(children) + (double)process.ChildTicks / _ticksPerSecond;
        }
        return cpu;
    }

    /// <summary>The system's live processes with their role and CPU ticks (their own, and their reaped children's).</summary>
    private IEnumerable<(int Pid, string Role, long OwnTicks, long ChildTicks)> Members()
    {
        var uptime = Uptime();
        var stats = new Dictionary<int, Stat>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != _self
                && ReadStat(pid) is { } stat)
            {
                stats[pid] = stat;
            }
        }
        foreach (var (pid, stat) in stats)
        {
            if (!IsMember(pid, stat, uptime))
            {
                continue;
            }
            var (commandLine, program) = CommandLine(pid);
            if (commandLine.Length == 0)
            {
                continue; // a zombie, or gone
            }
            var parent = stats.ContainsKey(stat.Parent) ? CommandLine(stat.Parent) : (Line: "", Program: "");
            var parentRole = parent.Line.Length == 0 ? null : ProcessRoles.Of(parent.Line, parent.Program);
            var role = ProcessRoles.Of(commandLine, program);
            if (ProcessRoles.IsTool(program) && parentRole is not null)
            {
                role = ProcessRoles.ToolsOf(parentRole);
            }
            else if (ProcessRoles.IsOther(role) && parentRole is not null && !ProcessRoles.IsOther(parentRole))
            {
                role = parentRole; // a helper a server runs (RabbitMQ's disk monitor shell, a script's dirname)
            }
            yield return (pid, role, stat.OwnTicks, stat.ChildTicks);
        }
    }

    private bool IsMember(int pid, Stat stat, double uptime)
    {
        lock (_lock)
        {
            if (_members.TryGetValue((pid, stat.StartTicks), out var known))
            {
                return known;
            }
        }
        bool member;
        try
        {
            var environment = File.ReadAllBytes($"/proc/{pid}/environ");
            member = environment.AsSpan().IndexOf(_marker) >= 0
                || File.ReadAllText($"/proc/{pid}/cmdline").Contains(_dataDirectory, StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        // A process younger than a second may not have exec'd its program yet: decide again next time unless it is in.
        if (member || uptime - (double)stat.StartTicks / _ticksPerSecond > 1)
        {
            lock (_lock)
            {
                _members[(pid, stat.StartTicks)] = member;
            }
        }
        return member;
    }

    private static (string Line, string Program) CommandLine(int pid)
    {
        try
        {
            var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            return arguments.Length == 0 ? ("", "") : (string.Join(' ', arguments), Path.GetFileName(arguments[0]));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ("", "");
        }
    }

    /// <summary>VmRSS and VmHWM in kB (0 when the process is gone).</summary>
    private static (long Rss, long Hwm) Memory(int pid)
    {
        long rss = 0, hwm = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    hwm = Kilobytes(line);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (0, 0);
        }
        return (rss, hwm);
    }

    /// <summary>The process's PSS in kB (0 when it is gone).</summary>
    private static long Pss(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/smaps_rollup").Where(l => l.StartsWith("Pss:", StringComparison.Ordinal)).Select(Kilobytes).FirstOrDefault();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>/proc/PID/stat: parent, CPU ticks (utime + stime; cutime + cstime of reaped children) and start time (ticks after boot).</summary>
    private sealed record Stat(int Parent, long OwnTicks, long ChildTicks, long StartTicks);

    private static Stat? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The program name (field 2) is in parentheses and may hold spaces: fields are counted after its closing one.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return new Stat((int)Field(4), Field(14) + Field(15), Field(16) + Field(17), Field(22));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static double Uptime() =>
        double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
}
