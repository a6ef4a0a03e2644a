namespace AiVideo.EndToEnd.Tests;

/// <summary>The demo run before the system was started: it says how to start it, in words, and fails (no system is started for this).</summary>
public sealed class DemoWithoutSystemTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aivideo-demo-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_demo_against_a_port_nothing_listens_on_says_to_start_the_system_with_run_sh_and_shows_no_stack_trace()
    {
        var port = LocalPorts.GetFree();

        var output = await DemoProcess.RunAsync(_folder.FullName, new Uri($"http://127.0.0.1:{port}"), TimeSpan.FromMinutes(2), "a red fox running through snow at dawn");

        output.ExitCode.Should().NotBe(0, output.Text);
        output.Text.Should().Contain($"AiVideo is not running at http://127.0.0.1:{port}").And.Contain("start it with ./run.sh");
        output.HasStackTrace.Should().BeFalse(output.Text);
        File.Exists(Path.Combine(_folder.FullName, DemoProcess.AccountFile)).Should().BeFalse("nothing was registered");
    }
}
