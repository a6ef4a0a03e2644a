using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// A newcomer's first five minutes: the demo (tools/Demo, what <c>./run.sh demo "…"</c> runs) against the running system,
/// from a folder where it never ran. It registers its account, makes a small video with a progress bar fed by the
/// project's events, downloads an MP4 that plays, says how to stream it, and a second run reuses the account (its
/// refused request shows that without a second video); an account the system no longer knows is registered again, and
/// a refused request ends the run with the problem, not a stack trace.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class DemoTests(SystemFixture system, ITestOutputHelper log) : IDisposable
{
    private const int Seconds = 6;
    private static readonly TimeSpan Run = TimeSpan.FromMinutes(6);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aivideo-demo-");

    private string AccountPath => Path.Combine(_folder.FullName, DemoProcess.AccountFile);

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_newcomers_demo_makes_a_playable_video_with_a_progress_bar_says_how_to_stream_it_and_a_second_run_reuses_its_account()
    {
        var first = await RunDemoAsync("a paper lantern drifting over a river at dusk", "--scenes", "2", "--seconds", $"{Seconds}", "--aspect", "1:1");

        first.ExitCode.Should().Be(0, first.Text);
        first.HasStackTrace.Should().BeFalse();
        var stored = JsonDocument.Parse(await File.ReadAllTextAsync(AccountPath)).RootElement;
        var (email, password) = (stored.GetProperty("email").GetString()!, stored.GetProperty("password").GetString()!);
        first.Value("Account").Should().StartWith(email).And.Contain("registered now");
        first.Percents.Distinct().Should().HaveCountGreaterThanOrEqualTo(3, "the bar moved as progress events arrived");
        first.Percents[0].Should().BeLessThan(50);
        first.Percents[^1].Should().Be(100);
        first.ProgressLines.Should().Contain(l => l.Contains("scene 2/2 clip ready"), "the bar names the scenes as they change")
            .And.Contain(l => l.Contains("rendering"));

        var mp4 = first.Value("MP4")!;
        Path.GetDirectoryName(mp4).Should().Be(Path.Combine(_folder.FullName, "demo-output"));
        File.Exists(mp4).Should().BeTrue(first.Text);
        var video = await ProbedMedia.OfAsync(mp4);
        video.Video.Codec.Should().Be("h264");
        video.Audio.Codec.Should().Be("aac");
        (video.Video.Width, video.Video.Height).Should().Be((720, 720), "1:1 is rendered at 720×720");
        video.DurationSeconds.Should().BeApproximately(Seconds, 0.2);
        (await MediaChecks.VolumeAsync(mp4)).Mean.Should().BeGreaterThan(-45, "the narration is heard");
        MediaChecks.Contrast(await MediaChecks.LumaFrameAsync(mp4, Seconds / 4.0, 90, 90)).Should().BeGreaterThan(8, "the video shows a picture");

        var session = Caller.Bearer(await LogInAsync(email, password));
        var firstProject = ProjectIdOf(first);
        await CheckStreamingAsync(first, session, firstProject);

        // The second run only needs to get as far as its request to see whose account it uses: a duration the API refuses
        // ends it there, without a second pipeline.
        var second = await RunDemoAsync("a lighthouse under a green aurora", "--seconds", "2");

        second.ExitCode.Should().Be(1, second.Text);
        second.Value("Account").Should().StartWith($"{email} (from {DemoProcess.AccountFile}")
            .And.NotContain("registered", "the stored account (and, within its 15 minutes, its session) is reused");
        second.Text.Should().Contain("Could not create the project: 400");
        JsonDocument.Parse(await File.ReadAllTextAsync(AccountPath)).RootElement.GetProperty("email").GetString().Should().Be(email);
        var mine = await system.Api.GetJsonAsync("/api/projects?scope=mine", session);
        mine.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())
            .Should().Equal([firstProject], "the demo account is the one that made the first run's project");
    }

    [Fact]
    public async Task A_demo_whose_account_the_system_no_longer_knows_registers_it_again_and_a_refused_project_ends_with_the_problem()
    {
        var email = $"demo-wiped-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        const string password = "Wiped-Data-2026";
        Directory.CreateDirectory(Path.GetDirectoryName(AccountPath)!);
        // What a run before the system's data was wiped left: credentials nobody knows now, and a token no key signed.
        await File.WriteAllTextAsync(AccountPath, JsonSerializer.Serialize(new
        {
            email, password, name = "Demo", accessToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LXNpZ25lZA", accessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10),
        }));

        var result = await RunDemoAsync("a paper lantern drifting over a river at dusk", "--seconds", "2");

        result.ExitCode.Should().Be(1, result.Text);
        result.HasStackTrace.Should().BeFalse(result.Text);
        result.Value("Account").Should().StartWith(email).And.Contain("registered again");
        result.Text.Should().Contain("Could not create the project: 400").And.Contain("targetDuration: The target duration is 5 to 300 seconds.",
            "the problem's title, detail and field errors are printed");
        JsonDocument.Parse(await File.ReadAllTextAsync(AccountPath)).RootElement.GetProperty("email").GetString().Should().Be(email);
        await LogInAsync(email, password);
        Directory.Exists(Path.Combine(_folder.FullName, "demo-output")).Should().BeFalse("no video was made");
    }

    /// <summary>
    /// What the demo says about streaming matches what media-api offers for the final video: its HLS master playlist when
    /// it has one (it must answer a playlist that plays), else the MP4 over HTTP (a signed link that plays as it is).
    /// </summary>
    private async Task CheckStreamingAsync(DemoOutput output, Caller session, Guid projectId)
    {
        var project = await system.Api.GetJsonAsync($"/api/projects/{projectId}", session);
        var file = await system.Api.GetJsonAsync($"/api/files/{project.GetProperty("finalVideo").GetProperty("fileId").GetGuid()}", session);
        var hls = file.GetProperty("playback").GetProperty("hls");
        using var anonymous = new HttpClient();
        if (hls.ValueKind == JsonValueKind.String)
        {
            var master = new Uri(output.Value("HLS")!);
            master.AbsolutePath.Should().Be(new Uri(hls.GetString()!).AbsolutePath, "the demo prints the master playlist media-api offers");
            (await anonymous.GetStringAsync(master)).Should().StartWith("#EXTM3U");
            (await ProbedMedia.OfAsync(master.ToString())).Streams.Should().Contain(s => s.Type == "video" && s.Codec == "h264");
        }
        else
        {
            output.Value("HLS").Should().StartWith("none", "media-api made no HLS playlist for a generated video, and the demo says so");
            var stream = new Uri(output.Value("Stream")!);
            stream.Query.Should().NotBeEmpty("the stream link is signed");
            var streamed = await ProbedMedia.OfAsync(stream.ToString());
            streamed.Video.Codec.Should().Be("h264");
            streamed.DurationSeconds.Should().BeApproximately(Seconds, 0.2);
        }
        log.WriteLine($"Streaming as the demo printed it:\n{string.Join('\n', output.Lines.SkipWhile(l => !l.TrimStart().StartsWith("HLS:", StringComparison.Ordinal)))}");
    }

    private async Task<DemoOutput> RunDemoAsync(params string[] arguments)
    {
        var output = await DemoProcess.RunAsync(_folder.FullName, system.Gateway, Run, arguments);
        log.WriteLine($"$ ./run.sh demo {string.Join(' ', arguments)}   (exit {output.ExitCode})\n{output.Text}\n");
        return output;
    }

    private async Task<string> LogInAsync(string email, string password)
    {
        var answer = await GatewayClient.ExpectAsync(await system.Http.PostAsJsonAsync(new Uri(system.Gateway, "/api/auth/login"), new { email, password }),
            HttpStatusCode.OK);
        return answer.GetProperty("accessToken").GetString()!;
    }

    private static Guid ProjectIdOf(DemoOutput output) => Guid.Parse(output.Value("Project")!.Split(' ')[0]);
}
