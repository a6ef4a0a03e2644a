using System.Security.Cryptography;
using Xunit.Abstractions;

namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// The main job as a customer does it, through the gateway only: a prompt with the company's logo and music becomes a
/// finished 9:16 video with narration and captions, followed live over Server-Sent Events; one scene is made again and
/// the video rendered again; the video is published; and the customer's endpoint hears of every video signed, once.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class PromptToVideoTests(SystemFixture system, ITestOutputHelper log) : IDisposable
{
    private const double Seconds = 20;
    private const int SceneCount = 4;
    private static readonly TimeSpan Pipeline = TimeSpan.FromMinutes(6);

    private readonly SampleMedia _media = new();

    private GatewayClient Api => system.Api;

    private Studio Studio => new(system.Api);

    public void Dispose() => _media.Dispose();

    [Fact]
    public async Task A_prompt_becomes_a_branded_narrated_9_16_video_a_rerun_scene_changes_only_itself_and_every_video_is_announced_signed_once()
    {
        var admin = await Api.RegisterAsync("Prompt Studio");
        var hooks = await WebhookSubscription.CreateAsync(Api, system.Webhooks, admin, "project.completed", "video.ready");
        var logo = UploadAsync(admin, _media.MagentaLogoAsync(), "logo.png", "image/png", "company-asset");
        var music = UploadAsync(admin, _media.MusicAsync(Seconds), "music.mp3", "audio/mpeg", "audio");
        await GatewayClient.ExpectAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/assets", admin.Session,
            new { type = "LOGO", fileId = (await logo).GetProperty("id").GetGuid() }), HttpStatusCode.Created);
        var projectId = await Studio.CreateProjectAsync(admin, new
        {
            title = "Dawn patrol", prompt = "A red fox running through fresh snow at dawn, mountains behind", targetDuration = (int)Seconds,
            aspectRatio = "9:16", sceneCount = SceneCount, style = "cinematic", narration = new { enabled = true, voice = "en-us" },
            captions = new { enabled = true, burned = true }, music = new { fileId = (await music).GetProperty("id").GetGuid(), volume = 0.5 }, watermark = true,
        });

        await using (var events = await Studio.GenerateAsync(admin, projectId))
        {
            await events.WaitCompletedAsync(Pipeline);
            await events.WaitEndedAsync(TimeSpan.FromSeconds(30));
            events.Events.Select(e => e.Id).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            events.Events.Where(e => e.Type == "project_status").Select(e => e.Status)
                .Should().Equal(["draft", "storyboarding", "generating", "rendering", "completed"], "the stream carried every status change in order");
            events.Events.Where(e => e.Type == "scene_status").Select(e => e.Status).Should().Contain("video_ready");
        }
        var first = await Studio.ProjectAsync(admin, projectId);
        var scenes = first.GetProperty("scenes").EnumerateArray().ToList();
        scenes.Should().HaveCount(SceneCount).And.OnlyContain(s => s.GetProperty("status").GetString() == "video_ready");
        scenes.Should().OnlyContain(s => Count(s, "image") == 1 && Count(s, "clip") == 1, "each scene has one image and one clip");
        var firstFinal = first.GetProperty("finalVideo");
        (firstFinal.GetProperty("width").GetInt32(), firstFinal.GetProperty("height").GetInt32()).Should().Be((720, 1280));
        var firstVideo = await DownloadFinalAsync(admin, firstFinal, "first.mp4");
        var middles = Middles(scenes);
        await CheckFinalVideoAsync(firstVideo, middles);

        // Scene 2 is made again from a new prompt, then its clip, then the video is rendered again.
        var rerun = scenes[1];
        var rerunId = rerun.GetProperty("id").GetGuid();
        var kept = scenes.Where(s => s.GetProperty("id").GetGuid() != rerunId).ToDictionary(s => s.GetProperty("id").GetGuid(), Selected);
        var keptBytes = await BytesOfAsync(admin, kept.Values.SelectMany(k => new[] { k.Image, k.Clip }));
        await Studio.StartAsync(admin, $"/api/projects/{projectId}/scenes/{rerunId}/image", new { prompt = "A lighthouse under a green aurora, waves below" });
        await Studio.WaitAsync(admin, projectId, p => SceneOf(p, rerunId).GetProperty("status").GetString() == "image_ready",
            "the new image of scene 2 arrived", Pipeline);
        await Studio.StartAsync(admin, $"/api/projects/{projectId}/scenes/{rerunId}/video");
        await Studio.WaitAsync(admin, projectId, p => SceneOf(p, rerunId).GetProperty("status").GetString() == "video_ready",
            "the new clip of scene 2 arrived", Pipeline);
        await Studio.StartAsync(admin, $"/api/projects/{projectId}/render");
        var second = await Studio.WaitAsync(admin, projectId, p => p.GetProperty("status").GetString() == "completed"
            && p.GetProperty("finalVideo").GetProperty("fileId").GetGuid() != firstFinal.GetProperty("fileId").GetGuid(), "the video was rendered again", Pipeline);

        var secondFinal = second.GetProperty("finalVideo");
        var secondScenes = second.GetProperty("scenes").EnumerateArray().ToList();
        var secondVideo = await DownloadFinalAsync(admin, secondFinal, "second.mp4");
        await CheckFinalVideoAsync(secondVideo, middles);
        SHA256.HashData(await File.ReadAllBytesAsync(secondVideo)).Should().NotEqual(SHA256.HashData(await File.ReadAllBytesAsync(firstVideo)));
        var rerunAfter = secondScenes.Single(s => s.GetProperty("id").GetGuid() == rerunId);
        (Count(rerunAfter, "image"), Count(rerunAfter, "clip")).Should().Be((2, 2), "the rerun scene keeps its earlier image and clip beside the new ones");
        Selected(rerunAfter).Should().NotBe(Selected(rerun), "the rerun scene uses its new image and clip");
        foreach (var scene in secondScenes.Where(s => s.GetProperty("id").GetGuid() != rerunId))
        {
            Selected(scene).Should().Be(kept[scene.GetProperty("id").GetGuid()], "a scene that was not rerun keeps its media");
            (Count(scene, "image"), Count(scene, "clip")).Should().Be((1, 1));
        }
        (await BytesOfAsync(admin, kept.Values.SelectMany(k => new[] { k.Image, k.Clip })))
            .Should().BeEquivalentTo(keptBytes, "the other scenes' images and clips are byte for byte what they were");
        var changed = MediaChecks.Difference(await MediaChecks.LumaFrameAsync(firstVideo, middles[1]), await MediaChecks.LumaFrameAsync(secondVideo, middles[1]));
        var unchanged = MediaChecks.Difference(await MediaChecks.LumaFrameAsync(firstVideo, middles[0]), await MediaChecks.LumaFrameAsync(secondVideo, middles[0]));
        log.WriteLine($"Mean luma difference between the renders: scene 2 {changed:0.0}, scene 1 {unchanged:0.0}");
        changed.Should().BeGreaterThan(8, "scene 2 shows its new picture in the new render");
        unchanged.Should().BeLessThan(changed / 2, "scene 1 looks as it did");

        var post = await GatewayClient.ExpectAsync(await Api.PostAsync("/api/posts", admin.Session, new { projectId, text = "Out at dawn" }), HttpStatusCode.Created);
        post.GetProperty("fileId").GetGuid().Should().Be(secondFinal.GetProperty("fileId").GetGuid(), "the post shows the latest render");
        (await Api.GetJsonAsync("/api/posts", admin.Session)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())
            .Should().Contain(post.GetProperty("id").GetGuid());

        var finals = new[] { firstFinal, secondFinal }.Select(f => f.GetProperty("fileId").GetGuid()).ToList();
        var videos = secondScenes.SelectMany(s => s.GetProperty("assets").EnumerateArray())
            .Where(a => a.GetProperty("kind").GetString() == "clip").Select(a => a.GetProperty("fileId").GetGuid()).Concat(finals).ToList();
        var completed = await hooks.WaitForAsync("project.completed", 2, TimeSpan.FromMinutes(1));
        var ready = await hooks.WaitForAsync("video.ready", videos.Count, TimeSpan.FromMinutes(1));
        hooks.Received.Should().OnlyContain(r => r.Verified, "every delivery is signed with the endpoint's secret");
        hooks.Received.GroupBy(r => r.Id).Should().OnlyContain(g => g.Count() == 1, "each event id arrives once");
        completed.Select(r => r.Data.GetProperty("finalVideoFileId").GetGuid()).Should().BeEquivalentTo(finals);
        completed.Should().OnlyContain(r => r.Data.GetProperty("projectId").GetGuid() == projectId);
        ready.Select(r => r.Data.GetProperty("fileId").GetGuid()).Should().BeEquivalentTo(videos, "every clip and both renders were announced");
    }

    private async Task<JsonElement> UploadAsync(Account account, Task<byte[]> bytes, string fileName, string contentType, string purpose) =>
        await Api.UploadAsync(account, await bytes, fileName, contentType, purpose);

    /// <summary>The final video downloaded through the signed link its file answers with.</summary>
    private async Task<string> DownloadFinalAsync(Account account, JsonElement final, string name)
    {
        var file = await Api.GetJsonAsync($"/api/files/{final.GetProperty("fileId").GetGuid()}", account.Session);
        var link = new Uri(file.GetProperty("downloadUrl").GetString()!);
        link.Query.Should().NotBeEmpty("the download link is signed");
        var path = _media.PathOf(name);
        await File.WriteAllBytesAsync(path, await Api.DownloadAsync(link));
        return path;
    }

    private async Task CheckFinalVideoAsync(string path, IReadOnlyList<double> middles)
    {
        var probed = await ProbedMedia.OfAsync(path);
        probed.Video.Codec.Should().Be("h264");
        probed.Audio.Codec.Should().Be("aac");
        (probed.Video.Width, probed.Video.Height).Should().Be((720, 1280), "9:16 is rendered at 720×1280");
        probed.DurationSeconds.Should().BeApproximately(Seconds, 0.2);
        var (mean, max) = await MediaChecks.VolumeAsync(path);
        mean.Should().BeGreaterThan(-45, "narration and music are heard");
        max.Should().BeGreaterThan(-20);
        foreach (var middle in middles)
        {
            MediaChecks.Contrast(await MediaChecks.LumaFrameAsync(path, middle)).Should().BeGreaterThan(8, $"the frame at {middle:0.0} s shows a picture");
        }
        var (topRight, topLeft) = await MediaChecks.MagentaPixelsAsync(path, middles[0]);
        topRight.Should().BeGreaterThan(100, "the company's (magenta) logo is watermarked in the top right corner");
        topLeft.Should().BeLessThan(topRight / 10);
    }

    private async Task<Dictionary<Guid, string>> BytesOfAsync(Account account, IEnumerable<Guid> files)
    {
        var hashes = new Dictionary<Guid, string>();
        foreach (var file in files)
        {
            hashes[file] = Convert.ToHexString(SHA256.HashData(await Api.GetBytesAsync($"/api/files/{file}/content", account.Session)));
        }
        return hashes;
    }

    /// <summary>The middle of each scene on the final video's timeline, in seconds.</summary>
    private static List<double> Middles(IReadOnlyList<JsonElement> scenes)
    {
        var start = 0.0;
        var middles = new List<double>();
        foreach (var duration in scenes.Select(s => s.GetProperty("duration").GetDouble()))
        {
            middles.Add(start + duration / 2);
            start += duration;
        }
        return middles;
    }

    private static JsonElement SceneOf(JsonElement project, Guid sceneId) =>
        project.GetProperty("scenes").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == sceneId);

    private static (Guid Image, Guid Clip) Selected(JsonElement scene) =>
        (scene.GetProperty("selectedImage").GetProperty("fileId").GetGuid(), scene.GetProperty("selectedClip").GetProperty("fileId").GetGuid());

    private static int Count(JsonElement scene, string kind) => scene.GetProperty("assets").EnumerateArray().Count(a => a.GetProperty("kind").GetString() == kind);
}
