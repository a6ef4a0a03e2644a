using System.Collections.Concurrent;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// tools/Demo as a newcomer runs it (<c>./run.sh demo "…"</c> runs the same program): its own process, in a folder of its
/// own (where it keeps <c>.apphost/demo-account.json</c> and writes <c>demo-output/</c>), against the gateway given in
/// <c>AIVIDEO_URL</c>, with its output captured line by line.
/// </summary>
public static class DemoProcess
{
    public const string AccountFile = ".apphost/demo-account.json";

    public static async Task<DemoOutput> RunAsync(string folder, Uri gateway, TimeSpan timeout, params string[] arguments)
    {
        var lines = new ConcurrentQueue<string>();
        await using var demo = ChildProcess.Start("dotnet", [BuiltProjects.PathOf("tools/Demo", "Demo"), .. arguments],
            new Dictionary<string, string?> { ["AIVIDEO_URL"] = gateway.ToString() }, lines.Enqueue, folder);
        try
        {
            await demo.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"The demo did not finish within {timeout.TotalMinutes:0.#} min. Its output:\n{string.Join('\n', lines)}", exception);
        }
        return new DemoOutput(demo.ExitCode, [.. lines]);
    }
}
