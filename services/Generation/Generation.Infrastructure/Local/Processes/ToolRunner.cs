using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AiVideo.Generation.Infrastructure.Local.Processes;

/// <summary>
/// Runs ffmpeg and espeak-ng as child processes with an argument list, a timeout and cancellation. A cancelled or
/// timed-out run kills the whole process tree and waits for it to be gone before returning, and deletes the run's
/// declared outputs; a failed run throws <see cref="MediaProcessingException"/> with the tool's last error lines.
/// Why not FFMpegCore's runner: docs/decisions/0012-generation-media-engine.md.
/// </summary>
internal sealed class ToolRunner(ILogger<ToolRunner> logger)
{
    private const int ErrorLinesKept = 12;
    private const int MaxOutputChars = 1_000_000;

    public async Task<ToolResult> RunAsync(ToolInvocation invocation, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var startInfo = new ProcessStartInfo(invocation.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in invocation.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        logger.LogDebug("Running {Command}", invocation.CommandLine);

        using var process = new Process { StartInfo = startInfo };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new MediaProcessingException(MediaErrorCodes.ToolMissing, $"{invocation.ToolName} could not be started: {exception.Message}", retryable: false, exception);
        }
        process.StandardInput.Close();

        var output = new StringBuilder();
        var errors = new Queue<string>();
        var readOutput = ReadOutputAsync(process.StandardOutput, invocation, output, progress);
        var readErrors = ReadErrorsAsync(process.StandardError, errors);

        using var timeout = new CancellationTokenSource(invocation.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token);
            await Task.WhenAll(readOutput, readErrors);
        }
        catch (OperationCanceledException)
        {
            await KillAsync(process);
            await Task.WhenAll(readOutput, readErrors);
            DeleteOutputs(invocation);
            logger.LogInformation("{Tool} was killed after {Elapsed} ms ({Reason})", invocation.ToolName, clock.ElapsedMilliseconds,
                cancellationToken.IsCancellationRequested ? "cancelled" : "timed out");
            cancellationToken.ThrowIfCancellationRequested();
            throw new MediaProcessingException(MediaErrorCodes.TimedOut,
                $"{invocation.ToolName} did not finish within {invocation.Timeout.TotalSeconds:0.#} s and was stopped.", retryable: true);
        }

        if (process.ExitCode != 0)
        {
            DeleteOutputs(invocation);
            var reason = errors.Count == 0 ? "no error output" : string.Join(" | ", errors);
            throw new MediaProcessingException(MediaErrorCodes.ToolFailed,
                $"{invocation.ToolName} exited with code {process.ExitCode}: {reason}", retryable: true);
        }
        logger.LogDebug("{Tool} finished in {Elapsed} ms", invocation.ToolName, clock.ElapsedMilliseconds);
        return new ToolResult(output.ToString(), clock.Elapsed);
    }

    private static async Task ReadOutputAsync(StreamReader reader, ToolInvocation invocation, StringBuilder output, IProgress<MediaProgress>? progress)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (invocation.ExpectedSeconds is { } expected)
            {
                if (FfmpegProgress.Percent(line, expected) is { } percent)
                {
                    progress?.Report(new MediaProgress(invocation.Stage, percent));
                }
            }
            else if (output.Length < MaxOutputChars)
            {
                output.AppendLine(line);
            }
        }
    }

    private static async Task ReadErrorsAsync(StreamReader reader, Queue<string> errors)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            lock (errors)
            {
                errors.Enqueue(line.Trim());
                if (errors.Count > ErrorLinesKept)
                {
                    errors.Dequeue();
                }
            }
        }
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
        await process.WaitForExitAsync(CancellationToken.None);
    }

    private static void DeleteOutputs(ToolInvocation invocation)
    {
        foreach (var path in invocation.Outputs)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
