namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>
/// What a finished project must hold after a run, whatever went wrong on the way: one image and one clip per scene, one
/// final video, and in media no file of the project that is not one of those (nothing a crashed or repeated attempt left).
/// </summary>
public static class ProjectAudit
{
    public static async Task ExpectOneOfEachAsync(GatewayClient api, Account account, JsonElement project)
    {
        var projectId = project.GetProperty("id").GetGuid();
        project.GetProperty("status").GetString().Should().Be("completed");
        var scenes = project.GetProperty("scenes").EnumerateArray().ToList();
        scenes.Should().NotBeEmpty();
        var files = (await api.GetJsonAsync($"/api/files?projectId={projectId}&limit=100", account.Session)).GetProperty("items").EnumerateArray().ToList();
        foreach (var scene in scenes)
        {
            var assets = scene.GetProperty("assets").EnumerateArray().ToList();
            assets.Count(a => a.GetProperty("kind").GetString() == "image").Should().Be(1, "each scene has exactly one image from the run");
            assets.Count(a => a.GetProperty("kind").GetString() == "clip").Should().Be(1, "each scene has exactly one clip from the run");
            var sceneId = scene.GetProperty("id").GetGuid();
            files.Where(f => f.GetProperty("sceneId").ValueKind == JsonValueKind.String && f.GetProperty("sceneId").GetGuid() == sceneId)
                .Select(f => f.GetProperty("id").GetGuid())
                .Should().BeEquivalentTo(assets.Select(a => a.GetProperty("fileId").GetGuid()), "media holds no file of the scene besides its assets");
        }
        var final = project.GetProperty("finalVideo").GetProperty("fileId").GetGuid();
        files.Where(f => f.GetProperty("sceneId").ValueKind != JsonValueKind.String && f.GetProperty("contentType").GetString() == "video/mp4")
            .Select(f => f.GetProperty("id").GetGuid()).Should().Equal([final], "the project has one final video");
    }
}
