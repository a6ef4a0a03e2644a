using System.Diagnostics;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>Runs ffmpeg and ffprobe, the tests' own eyes on media (independent of the code under test).</summary>
public static class MediaTool
{
    /// <summary>Runs a tool and returns its standard output and error; a non-zero exit fails the test with its error output.</summary>
    public static async Task<(byte[] Output, string Errors)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(output);
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', arguments)} failed: {await errors}");
        return (output.ToArray(), await errors);
    }
}
