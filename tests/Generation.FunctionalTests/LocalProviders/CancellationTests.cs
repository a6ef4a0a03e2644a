namespace AiVideo.Generation.FunctionalTests.LocalProviders;

public sealed class CancellationTests(LocalMediaFixture media) : IClassFixture<LocalMediaFixture>
{
    [Fact]
    public async Task Cancelling_a_render_kills_ffmpeg_and_the_workspace_is_removed()
    {
        var workspace = media.Workspace();
        var image = await media.Get<IImageGenerator>().GenerateAsync(new ImageRequest("Long road", 1280, 720), workspace, null, default);
        using var cancellation = new CancellationTokenSource();

        var render = media.Get<IClipGenerator>().GenerateAsync(new ClipRequest(image.Path, 120, 1280, 720), workspace, null, cancellation.Token);
        await Eventually.True(() => MediaTools.ProcessesMentioning(workspace.Path).Count > 0, "ffmpeg runs for the clip");
        cancellation.Cancel();

        await render.Invoking(r => r).Should().ThrowAsync<OperationCanceledException>();
        MediaTools.ProcessesMentioning(workspace.Path).Should().BeEmpty("ffmpeg was killed before the call returned");
        Directory.EnumerateFiles(workspace.Path, "clip-*").Should().BeEmpty("the half-written clip was deleted");
        workspace.Dispose();
        Directory.Exists(workspace.Path).Should().BeFalse();
    }

    [Fact]
    public async Task A_render_over_its_timeout_is_killed_and_fails_as_retryable()
    {
        using var limited = LocalMediaFixture.With(new Dictionary<string, string?> { ["Providers:Local:RenderTimeout"] = "00:00:01" });
        using var workspace = limited.Workspace();
        var image = await limited.Get<IImageGenerator>().GenerateAsync(new ImageRequest("Long road", 1280, 720), workspace, null, default);

        var act = () => limited.Get<IClipGenerator>().GenerateAsync(new ClipRequest(image.Path, 120, 1280, 720), workspace, null, default);

        var failure = (await act.Should().ThrowAsync<MediaProcessingException>()).Which;
        failure.Code.Should().Be(MediaErrorCodes.TimedOut, "the 120 s clip outlasts the 1 s render timeout, so ffmpeg was killed, not finished");
        failure.Retryable.Should().BeTrue();
        MediaTools.ProcessesMentioning(workspace.Path).Should().BeEmpty();
        Directory.EnumerateFiles(workspace.Path, "clip-*").Should().BeEmpty();
    }

    [Fact]
    public void A_workspace_is_deleted_with_everything_in_it()
    {
        var workspace = media.Workspace();
        var folder = workspace.NewFolder("hls");
        File.WriteAllText(Path.Combine(folder, "index.m3u8"), "#EXTM3U");
        File.WriteAllText(workspace.NewFile("clip", ".mp4"), "x");

        workspace.Dispose();

        Directory.Exists(workspace.Path).Should().BeFalse();
        Directory.Exists(media.WorkspaceRoot).Should().BeTrue("only the job's own folder goes");
    }
}
