using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// What an operator (or a crash) does to the running system, through Aspire's own resource commands
/// (<see cref="KnownResourceCommands"/>: <c>resource-start</c>, <c>resource-stop</c>, <c>resource-restart</c>, as the
/// dashboard's buttons run them) and POSIX signals, and waiting until a resource runs healthy again as a new process.
/// </summary>
public sealed class SystemControl(SystemFixture system, ResourceNotificationService notifications, ResourceCommandService commands)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(3);

    /// <summary>The process of a resource (DCP's, with its children, such as the service under <c>dotnet run</c> or its ffmpeg) as it runs now.</summary>
    public int ProcessIdOf(string resource) =>
        system.ProcessIds.TryGetValue(resource, out var pid) ? pid : throw new InvalidOperationException($"{resource} reported no process id.");

    /// <summary>Kills the resource's process and everything it started with SIGKILL, as the kernel's OOM killer or a pulled plug would, and waits until Aspire sees it gone.</summary>
    public async Task KillAsync(string resource)
    {
        var pid = ProcessIdOf(resource);
        var tree = ProcessTree.WithDescendants(pid);
        tree.Should().NotBeEmpty($"{resource} runs as process {pid}");
        foreach (var process in tree)
        {
            Posix.Signal(process, Posix.SigKill);
        }
        await Eventually.True(() => tree.All(p => !Posix.IsAlive(p)), $"every process of {resource} died", TimeSpan.FromSeconds(30));
        await notifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text is { } state && state != KnownResourceStates.Running
            && state != KnownResourceStates.Starting).WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>Starts a stopped (or killed) resource again and waits until it runs healthy as a new process.</summary>
    public async Task StartAsync(string resource, int previousProcessId)
    {
        var started = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        started.Success.Should().BeTrue($"{resource} starts: {started.Message}");
        await WaitHealthyAsync(resource, previousProcessId);
    }

    /// <summary>Restarts a running resource (a graceful stop, then a start) and waits until it runs healthy as a new process.</summary>
    public async Task RestartAsync(string resource)
    {
        var before = ProcessIdOf(resource);
        var restarted = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.RestartCommand);
        if (!restarted.Success)
        {
            // Leave the system whole for the tests after this one: once the resource has stopped after all, start it.
            await notifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text is { } state && state != KnownResourceStates.Running
                && state != KnownResourceStates.Starting && state != KnownResourceStates.Stopping).WaitAsync(Recovery);
            await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
            await WaitHealthyAsync(resource, before);
        }
        restarted.Success.Should().BeTrue($"{resource} restarts: {restarted.Message}");
        await WaitHealthyAsync(resource, before);
    }

    private async Task WaitHealthyAsync(string resource, int previousProcessId)
    {
        try
        {
            await notifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == KnownResourceStates.Running
                    && e.Snapshot.HealthStatus == HealthStatus.Healthy
                    && ProcessIdIn(e.Snapshot) is { } pid && pid != previousProcessId)
                .WaitAsync(Recovery);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{resource} did not run healthy again. Resources:\n{system.DescribeResources()}", exception);
        }
    }

    private static int? ProcessIdIn(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name is "executable.pid" or "project.pid")?.Value?.ToString() is { } text && int.TryParse(text, out var pid)
            ? pid
            : null;
}
