namespace AiVideo.Projects.FunctionalTests;

/// <summary>Projects over HTTP: creating with every setting, reading back, lists by scope and status with cursors, PATCH, and bad input.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class ProjectEndpointTests(ProjectsFixture fixture, Team team) : IClassFixture<Team>
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task A_project_is_created_with_every_setting_and_read_back_as_given()
    {
        var admin = await Accounts.AdminAsync();
        var music = await fixture.Media.AudioAsync(admin);
        var model = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/cars", admin,
            new { make = "Aurora", name = "Strato", bodyType = "suv" }), HttpStatusCode.Created);
        var variant = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/{model.GetProperty("id").GetGuid()}/variants", admin,
            new { year = 2025, trim = "GT", color = "Red" }), HttpStatusCode.Created);

        var response = await Api.PostAsync("/api/projects", admin, new
        {
            title = "Strato launch", prompt = "The Strato climbing a mountain pass", description = "For the spring campaign", targetDuration = 45,
            aspectRatio = "4:5", style = "documentary", mood = "energetic", sceneCount = 5,
            narration = new { enabled = true, language = "de-DE" }, captions = new { enabled = true, burned = false, style = "bold" },
            music = new { fileId = music, volume = 0.4 }, watermark = true, carVariantId = variant.GetProperty("id").GetGuid(),
        });

        var created = await ProjectsClient.ExpectAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/projects/{id}");
        var read = await Api.ProjectAsync(admin, id);
        read.GetRawText().Should().Be(created.GetRawText(), "what was created is what is read, to the microsecond");
        read.Should().BeEquivalentTo(new
        {
            Title = "Strato launch", Description = "For the spring campaign", TargetDuration = 45, AspectRatio = "4:5", Width = 720, Height = 900,
            Style = "documentary", Mood = "energetic", SceneCount = 5, Status = "draft", Watermark = true,
        }, options => options.ExcludingMissingMembers(), "");
        read.GetProperty("ownerId").GetGuid().Should().Be(admin.UserId);
        read.GetProperty("companyId").GetGuid().Should().Be(admin.CompanyId);
        read.GetProperty("narration").GetProperty("language").GetString().Should().Be("de-DE");
        read.GetProperty("narration").GetProperty("voice").GetString().Should().Be("de");
        read.GetProperty("captions").GetProperty("burned").GetBoolean().Should().BeFalse();
        read.GetProperty("captions").GetProperty("style").GetString().Should().Be("bold");
        read.GetProperty("music").GetProperty("fileId").GetGuid().Should().Be(music);
        read.GetProperty("music").GetProperty("volume").GetDouble().Should().Be(0.4);
        read.GetProperty("carVariantId").GetGuid().Should().Be(variant.GetProperty("id").GetGuid());
        read.GetProperty("scenes").GetArrayLength().Should().Be(0);
        read.GetProperty("finalVideo").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Lists_are_newest_first_paged_by_cursor_and_filtered_by_scope_and_status()
    {
        var admin = await Accounts.AdminAsync();
        var member = await Accounts.MemberOfAsync(admin);
        var ids = new List<Guid>();
        foreach (var (owner, title) in new[] { (admin, "A1"), (member, "M1"), (admin, "A2"), (member, "M2"), (admin, "A3") })
        {
            ids.Add((await Api.CreateProjectAsync(owner, new { title, prompt = "A list entry" })).GetProperty("id").GetGuid());
        }
        fixture.Harness.Hold(ids[1]);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{ids[1]}/storyboard", member), HttpStatusCode.Accepted);

        var newestFirst = Enumerable.Reverse(ids).ToList();
        (await AllPagesAsync(member, "/api/projects?limit=2")).Should().Equal(newestFirst, "the company's projects, newest first, two by two");
        (await AllPagesAsync(member, "/api/projects?scope=company&limit=100")).Should().Equal(newestFirst);
        (await AllPagesAsync(member, "/api/projects?scope=mine&limit=1")).Should().Equal(ids[3], ids[1]);
        (await AllPagesAsync(admin, "/api/projects?scope=mine")).Should().Equal(ids[4], ids[2], ids[0]);
        (await AllPagesAsync(admin, "/api/projects?status=storyboarding")).Should().Equal(ids[1]);
        (await AllPagesAsync(admin, "/api/projects?status=draft&scope=mine&limit=2")).Should().Equal(ids[4], ids[2], ids[0]);
        (await AllPagesAsync(await Accounts.AdminAsync(), "/api/projects")).Should().BeEmpty("another company sees none of them");
        var first = await ProjectsClient.ExpectAsync(await Api.GetAsync("/api/projects?limit=2", admin), HttpStatusCode.OK);
        first.GetProperty("items")[0].Should().BeEquivalentTo(new { Title = "A3", Status = "draft", AspectRatio = "16:9", Progress = 0 },
            options => options.ExcludingMissingMembers());
        first.GetProperty("items")[0].GetProperty("ownerId").GetGuid().Should().Be(admin.UserId);

        var cursor = first.GetProperty("nextCursor").GetString()!;
        var otherId = AiVideo.SharedKernel.Paging.Cursor.Encode(Guid.NewGuid()); // decodes, but to an id no list gives out (not a UUIDv7)
        foreach (var (query, field) in new[]
                 {
                     ($"cursor={cursor[..^1]}", "cursor"), ($"cursor={otherId}", "cursor"), ("cursor=not-a-cursor", "cursor"), ("limit=0", "limit"),
                     ("limit=101", "limit"), ("scope=everyone", "scope"), ("status=finished", "status"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.GetAsync($"/api/projects?{query}", admin), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal([field], query);
        }
    }

    [Fact]
    public async Task A_patch_changes_what_it_names_and_generation_settings_wait_while_the_project_is_busy()
    {
        var admin = await Accounts.AdminAsync();
        var created = await Api.CreateProjectAsync(admin, new { title = "Before", prompt = "A prompt", description = "Old words", sceneCount = 2 });
        var id = created.GetProperty("id").GetGuid();

        var patched = await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/projects/{id}", admin,
            new { title = "After", description = (string?)null, style = "animation", narration = new { voice = "en-gb" }, watermark = true }), HttpStatusCode.OK);

        patched.Should().BeEquivalentTo(new { Title = "After", Prompt = "A prompt", Style = "animation", Watermark = true, SceneCount = 2 },
            options => options.ExcludingMissingMembers());
        patched.GetProperty("description").ValueKind.Should().Be(JsonValueKind.Null, "null removes the description");
        patched.GetProperty("narration").GetProperty("voice").GetString().Should().Be("en-gb");
        patched.GetProperty("revision").GetInt64().Should().BeGreaterThan(created.GetProperty("revision").GetInt64());

        fixture.Harness.Hold(id);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{id}/storyboard", admin), HttpStatusCode.Accepted);
        var busy = await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/projects/{id}", admin, new { sceneCount = 4 }), HttpStatusCode.Conflict);
        busy.GetProperty("code").GetString().Should().Be("project_busy");
        var renamed = await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/projects/{id}", admin, new { title = "Renamed while storyboarding" }), HttpStatusCode.OK);
        renamed.GetProperty("sceneCount").GetInt32().Should().Be(2);
        renamed.GetProperty("title").GetString().Should().Be("Renamed while storyboarding");

        var unknown = await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/projects/{id}", admin, new { colour = "red" }), HttpStatusCode.BadRequest);
        var empty = await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/projects/{id}", admin, new { title = "", description = new string('d', 5_001) }),
            HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("colour");
        empty.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(["title", "description"]);
        (await Api.ProjectAsync(admin, id)).GetProperty("title").GetString().Should().Be("Renamed while storyboarding", "a refused patch changes nothing");
    }

    public static TheoryData<string, string> BadProjects => new()
    {
        { """{"title":"T","prompt":"P","aspectRatio":"2:1"}""", "aspectRatio" },
        { """{"title":"T","prompt":"P","style":"claymation-noir"}""", "style" },
        { """{"title":"T","prompt":"P","mood":"furious"}""", "mood" },
        { """{"title":"T","prompt":"P","narration":{"voice":"klingon"}}""", "narration.voice" },
        { """{"title":"T","prompt":"P","narration":{"language":"tlh"}}""", "narration.language" },
        { """{"title":"T","prompt":"P","captions":{"style":"wobbly"}}""", "captions.style" },
        { """{"title":"T","prompt":"P","targetDuration":4}""", "targetDuration" },
        { """{"title":"T","prompt":"P","targetDuration":301}""", "targetDuration" },
        { """{"title":"T","prompt":"P","sceneCount":0}""", "sceneCount" },
        { """{"title":"T","prompt":"P","sceneCount":21}""", "sceneCount" },
        { """{"title":"T","prompt":""}""", "prompt" },
        { $$"""{"title":"T","prompt":"{{new string('p', 10_000)}}"}""", "prompt" },
        { """{"prompt":"P"}""", "title" },
        { """{"title":"T","prompt":"P","music":{"volume":1.5}}""", "music.volume" },
    };

    [Theory]
    [MemberData(nameof(BadProjects))]
    public async Task A_bad_project_is_refused_naming_the_field_and_nothing_is_created(string body, string field)
    {
        var admin = team.Admin; // makes no project in this class but here, where none is ever made

        var problem = await ProjectsClient.ProblemAsync(await Api.SendRawAsync(HttpMethod.Post, "/api/projects", admin, body), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
        (await AllPagesAsync(admin, "/api/projects")).Should().BeEmpty();
    }

    [Fact]
    public async Task Malformed_json_and_files_or_variants_of_another_company_are_refused_and_nothing_is_created()
    {
        var admin = await Accounts.AdminAsync();
        var stranger = await Accounts.AdminAsync();
        var theirMusic = await fixture.Media.AudioAsync(stranger);
        var myImage = await fixture.Media.ImageAsync(admin);
        var theirModel = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/companies/{stranger.CompanyId}/cars", stranger,
            new { make = "Other", name = "Car", bodyType = "sedan" }), HttpStatusCode.Created);
        var theirVariant = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/{theirModel.GetProperty("id").GetGuid()}/variants", stranger,
            new { year = 2024, trim = "Base" }), HttpStatusCode.Created);

        var malformed = await ProjectsClient.ProblemAsync(await Api.SendRawAsync(HttpMethod.Post, "/api/projects", admin, """{"title":"T","prompt":"""),
            HttpStatusCode.BadRequest);
        var wrongType = await ProjectsClient.ProblemAsync(await Api.SendRawAsync(HttpMethod.Post, "/api/projects", admin, """{"title":"T","prompt":"P","sceneCount":"many"}"""),
            HttpStatusCode.BadRequest);
        var theirs = await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/projects", admin,
            new { title = "T", prompt = "P", music = new { fileId = theirMusic }, carVariantId = theirVariant.GetProperty("id").GetGuid() }), HttpStatusCode.BadRequest);
        var notAudio = await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/projects", admin,
            new { title = "T", prompt = "P", music = new { fileId = myImage } }), HttpStatusCode.BadRequest);
        var missing = await ProjectsClient.ProblemAsync(await Api.PostAsync("/api/projects", admin,
            new { title = "T", prompt = "P", music = new { fileId = Guid.CreateVersion7() } }), HttpStatusCode.BadRequest);

        malformed.GetProperty("detail").GetString().Should().NotBeNullOrEmpty();
        wrongType.GetProperty("detail").GetString().Should().Contain("sceneCount");
        theirs.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("carVariantId");
        notAudio.GetProperty("errors").GetProperty("music.fileId")[0].GetString().Should().Contain("image/png");
        missing.GetProperty("errors").GetProperty("music.fileId")[0].GetString().Should().Contain("not found");
        (await AllPagesAsync(admin, "/api/projects")).Should().BeEmpty("nothing half-written");
    }

    private async Task<List<Guid>> AllPagesAsync(Account account, string path)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?') ? '&' : '?';
            var page = await ProjectsClient.ExpectAsync(
                await Api.GetAsync(cursor is null ? path : $"{path}{separator}cursor={Uri.EscapeDataString(cursor)}", account), HttpStatusCode.OK);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }
}
