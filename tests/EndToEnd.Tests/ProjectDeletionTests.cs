namespace AiVideo.EndToEnd.Tests;

/// <summary>
/// Deleting a project while it is being made: generation cancels its jobs, media removes every file it had (bytes and
/// records), projects keeps no scene, asset or request of it, and nothing made after the deletion stays behind. Checked
/// where the services keep things: the storage folder and their databases.
/// </summary>
[Collection(nameof(SystemCollection))]
public sealed class ProjectDeletionTests(SystemFixture system)
{
    private static readonly TimeSpan Settling = TimeSpan.FromMinutes(2);

    private GatewayClient Api => system.Api;

    [Fact]
    public async Task Deleting_a_project_mid_generation_cancels_its_jobs_and_leaves_no_files_in_storage_and_no_rows_pointing_at_them()
    {
        var admin = await Api.RegisterAsync("Deleting Studio");
        var studio = new Studio(Api);
        var projectId = await studio.CreateSmallProjectAsync(admin, sceneCount: 3, seconds: 15);
        var (generation, media, projects) = (await Database.OfAsync(system, ResourceNames.GenerationDatabase),
            await Database.OfAsync(system, ResourceNames.MediaDatabase), await Database.OfAsync(system, ResourceNames.ProjectsDatabase));
        var project = ("project", (object)projectId);
        await studio.StartAsync(admin, $"/api/projects/{projectId}/generate");

        // Mid-generation: media holds some of its files already and generation is running some of its jobs.
        await Eventually.True(async () =>
                await media.CountAsync("SELECT count(*) FROM files WHERE project_id = @project", project) > 0
                && await generation.CountAsync("SELECT count(*) FROM generation_jobs WHERE project_id = @project AND status = 'running'", project) > 0,
            "the project has stored files and a running job", Settling, TimeSpan.FromMilliseconds(100));
        var files = await media.RowsAsync("SELECT id, storage_key FROM files WHERE project_id = @project", project);
        (await Api.DeleteAsync($"/api/projects/{projectId}", admin.Session)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var active = await generation.RowsAsync("SELECT id FROM generation_jobs WHERE project_id = @project AND status IN ('queued', 'running')", project);

        (await Api.GetAsync($"/api/projects/{projectId}", admin.Session)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Eventually.True(async () =>
                await generation.CountAsync("SELECT count(*) FROM generation_jobs WHERE project_id = @project AND status IN ('queued', 'running')", project) == 0
                && await media.CountAsync("SELECT count(*) FROM files WHERE project_id = @project", project) == 0,
            "generation stopped the project's jobs and media removed its files", Settling, TimeSpan.FromMilliseconds(100));

        var jobs = await generation.RowsAsync("SELECT id, kind, status FROM generation_jobs WHERE project_id = @project", project);
        var underWay = jobs.Where(j => active.Any(a => Equals(a["id"], j["id"]))).Select(j => (string)j["status"]!).ToList();
        underWay.Should().Contain("cancelled", "the jobs still under way when generation heard of the deletion were cancelled")
            .And.OnlyContain(status => status == "cancelled" || status == "succeeded", "a job under way either finished first or was cancelled");
        var storage = Path.Combine(system.StorageDirectory, "objects", "companies", admin.CompanyId.ToString(), "projects", projectId.ToString());
        (Directory.Exists(storage) ? Directory.EnumerateFiles(storage, "*", SearchOption.AllDirectories) : []).Should().BeEmpty("no byte of the project is left in storage");
        files.Should().NotBeEmpty();
        files.Select(f => Path.Combine(system.StorageDirectory, "objects", (string)f["storage_key"]!)).Should().OnlyContain(path => !File.Exists(path));
        var fileIds = files.Select(f => (Guid)f["id"]!).ToArray();
        var ids = ("ids", (object)fileIds);
        (await media.CountAsync("SELECT count(*) FROM files WHERE id = ANY(@ids)", ids)).Should().Be(0);
        (await media.CountAsync("SELECT count(*) FROM uploads WHERE file_id = ANY(@ids) AND completed_at IS NULL AND aborted_at IS NULL", ids))
            .Should().Be(0, "no upload is left open for a deleted file (closed ones stay only to settle their URLs' late writes, docs/decisions/0007)");
        (await projects.CountAsync("SELECT count(*) FROM projects WHERE id = @project", project)).Should().Be(0);
        (await projects.CountAsync("SELECT count(*) FROM scenes WHERE project_id = @project", project)).Should().Be(0);
        (await projects.CountAsync("SELECT count(*) FROM generation_requests WHERE project_id = @project", project)).Should().Be(0);
        (await projects.CountAsync("SELECT count(*) FROM scene_assets WHERE file_id = ANY(@ids)", ids)).Should().Be(0);
        (await Api.GetJsonAsync("/api/files?limit=100", admin.Session)).GetProperty("items").EnumerateArray()
            .Should().NotContain(f => f.GetProperty("projectId").ValueKind == JsonValueKind.String, "the company has no file of the project left");
    }
}
