namespace AiVideo.Projects.FunctionalTests;

/// <summary>The brand kit and the car catalogue over HTTP: admins write, members read, other companies see nothing, and generation requests carry them.</summary>
[Collection(ProjectsCollection.Name)]
public sealed class BrandAndCatalogueTests(ProjectsFixture fixture)
{
    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task Admins_keep_the_brand_kit_members_read_it_and_every_generation_request_carries_it()
    {
        var admin = await Accounts.AdminAsync();
        var member = await Accounts.MemberOfAsync(admin);
        var stranger = await Accounts.AdminAsync();
        var kit = $"/api/companies/{admin.CompanyId}/assets";
        var logo = await fixture.Media.ImageAsync(admin);
        var font = await fixture.Media.FontAsync(admin);
        var theirLogo = await fixture.Media.ImageAsync(stranger);

        var logoAsset = await ProjectsClient.ExpectAsync(await Api.PostAsync(kit, admin, new { type = "LOGO", fileId = logo }), HttpStatusCode.Created);
        var scheme = await ProjectsClient.ExpectAsync(await Api.PostAsync(kit, admin,
            new { type = "COLOR_SCHEME", value = new { primary = "#112233", accent = "#abcdef" } }), HttpStatusCode.Created);
        await ProjectsClient.ExpectAsync(await Api.PostAsync(kit, admin, new { type = "FONT", fileId = font, value = new { family = "Brand Sans" } }), HttpStatusCode.Created);
        var schemeId = scheme.GetProperty("id").GetGuid();
        var updated = await ProjectsClient.ExpectAsync(await Api.PutAsync($"{kit}/{schemeId}", admin,
            new { value = new { primary = "#FF0000", secondary = "#00FF00", text = "#FFFFFF" } }), HttpStatusCode.OK);

        logoAsset.GetProperty("fileUrl").GetString().Should().Be($"/api/files/{logo}/content");
        updated.GetProperty("value").GetRawText().Should().Be("""{"primary":"#FF0000","secondary":"#00FF00","text":"#FFFFFF"}""");
        var read = await ProjectsClient.ExpectAsync(await Api.GetAsync(kit, member), HttpStatusCode.OK);
        read.EnumerateArray().Select(a => a.GetProperty("type").GetString()).Should().BeEquivalentTo(["LOGO", "COLOR_SCHEME", "FONT"]);
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"{kit}/{schemeId}", member), HttpStatusCode.OK)).GetRawText().Should().Be(updated.GetRawText());
        await ProjectsClient.ProblemAsync(await Api.PostAsync(kit, member, new { type = "BADGE", value = new { label = "Best" } }), HttpStatusCode.Forbidden);
        await ProjectsClient.ProblemAsync(await Api.PutAsync($"{kit}/{schemeId}", member, new { value = new { primary = "#000000" } }), HttpStatusCode.Forbidden);
        await ProjectsClient.ProblemAsync(await Api.DeleteAsync($"{kit}/{schemeId}", member), HttpStatusCode.Forbidden);
        await ProjectsClient.ProblemAsync(await Api.GetAsync(kit, stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.GetAsync($"{kit}/{schemeId}", stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.PostAsync(kit, stranger, new { type = "BADGE", value = new { label = "Mine now" } }), HttpStatusCode.NotFound);
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { type = "COLOR_SCHEME", value = new { primary = "red" } }, "value"),
                     (new { type = "LOGO", fileId = theirLogo }, "fileId"),
                     (new { type = "FONT", fileId = logo }, "fileId"),
                     (new { type = "MASCOT", value = new { name = "Rex" } }, "type"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.PostAsync(kit, admin, body), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        }
        (await ProjectsClient.ExpectAsync(await Api.GetAsync(kit, admin), HttpStatusCode.OK)).GetArrayLength().Should().Be(3, "refused assets are not added");

        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Branded", prompt = "Our brand", sceneCount = 1, watermark = true })).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        await Api.WaitForStatusAsync(admin, projectId, "completed");

        var brand = new BrandContext(null, ["#FF0000", "#00FF00", "#FFFFFF"], logo, null, font);
        fixture.Harness.Of<StoryboardRequested>(projectId).Single().Brand.Should().BeEquivalentTo(brand);
        fixture.Harness.Of<ImageRequested>(projectId).Single().Brand.Should().BeEquivalentTo(brand);
        fixture.Harness.Of<VideoRequested>(projectId).Should().HaveCount(2).And.OnlyContain(v => v.Brand != null && v.Brand.LogoFileId == logo && v.Brand.FontFileId == font);
        fixture.Harness.Of<VideoRequested>(projectId).Single(v => v.Kind == VideoKinds.Final).Inputs.WatermarkFileId.Should().Be(logo, "the project asks for a watermark");

        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"{kit}/{logoAsset.GetProperty("id").GetGuid()}", admin), HttpStatusCode.NoContent);
        (await ProjectsClient.ExpectAsync(await Api.GetAsync(kit, member), HttpStatusCode.OK)).GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_project_for_a_car_variant_gets_its_name_and_pictures_in_its_storyboard_and_image_requests()
    {
        var admin = await Accounts.AdminAsync();
        var member = await Accounts.MemberOfAsync(admin);
        var stranger = await Accounts.AdminAsync();
        var exterior = await fixture.Media.ImageAsync(admin);
        var sound = await fixture.Media.AudioAsync(admin);
        var theirs = await fixture.Media.ImageAsync(stranger);

        var model = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/cars", admin,
            new { make = "Aurora", name = "Strato", bodyType = "suv" }), HttpStatusCode.Created);
        var modelId = model.GetProperty("id").GetGuid();
        var variant = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/{modelId}/variants", admin, new { year = 2025, trim = "GT", color = "Red" }),
            HttpStatusCode.Created);
        var variantId = variant.GetProperty("id").GetGuid();
        var picture = await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/variants/{variantId}/media", admin, new { type = "EXTERIOR", fileId = exterior }),
            HttpStatusCode.Created);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/variants/{variantId}/media", admin, new { type = "SOUND", fileId = sound }), HttpStatusCode.Created);
        await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/cars/variants/{variantId}", admin, new { trim = "GT Line" }), HttpStatusCode.OK);

        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/companies/{admin.CompanyId}/cars", member), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Should().Equal(modelId);
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/cars/{modelId}/variants", member), HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("trim").GetString().Should().Be("GT Line");
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/cars/variants/{variantId}/media", member), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("type").GetString()).Should().BeEquivalentTo(["EXTERIOR", "SOUND"]);
        await ProjectsClient.ProblemAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/cars", member, new { make = "M", name = "N", bodyType = "van" }),
            HttpStatusCode.Forbidden);
        await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/cars/{modelId}", member, new { name = "Renamed" }), HttpStatusCode.Forbidden);
        await ProjectsClient.ProblemAsync(await Api.GetAsync($"/api/cars/{modelId}", stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.GetAsync($"/api/cars/variants/{variantId}", stranger), HttpStatusCode.NotFound);
        await ProjectsClient.ProblemAsync(await Api.GetAsync($"/api/companies/{admin.CompanyId}/cars", stranger), HttpStatusCode.NotFound);
        foreach (var (path, body, field) in new (string, object, string)[]
                 {
                     ($"/api/cars/variants/{variantId}/media", new { type = "EXTERIOR", fileId = sound }, "fileId"),
                     ($"/api/cars/variants/{variantId}/media", new { type = "INTERIOR", fileId = theirs }, "fileId"),
                     ($"/api/cars/variants/{variantId}/media", new { type = "HOLOGRAM", fileId = exterior }, "type"),
                     ($"/api/cars/{modelId}/variants", new { year = 1800, trim = "Old" }, "year"),
                     ($"/api/companies/{admin.CompanyId}/cars", new { make = "M", name = "N", bodyType = "spaceship" }, "bodyType"),
                 })
        {
            var problem = await ProjectsClient.ProblemAsync(await Api.PostAsync(path, admin, body), HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        }

        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Strato", prompt = "The Strato at dawn", sceneCount = 2, carVariantId = variantId }))
            .GetProperty("id").GetGuid();
        fixture.Harness.Hold(projectId);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var storyboard = (await fixture.Harness.WaitForAsync<StoryboardRequested>(projectId)).Single();
        await fixture.Harness.AnswerAsync(storyboard);
        var images = await fixture.Harness.WaitForAsync<ImageRequested>(projectId, 2);

        storyboard.Brand!.ProductDescription.Should().Be("2025 Aurora Strato GT Line, Red (suv)");
        images.Should().OnlyContain(i => i.Brand!.ProductDescription == storyboard.Brand.ProductDescription);
        images.Should().OnlyContain(i => i.ReferenceFileIds.SequenceEqual(new[] { exterior }), "the variant's pictures are references; its sound is not");

        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/cars/media/{picture.GetProperty("id").GetGuid()}", admin), HttpStatusCode.NoContent);
        await ProjectsClient.ProblemAsync(await Api.GetAsync($"/api/cars/media/{picture.GetProperty("id").GetGuid()}", admin), HttpStatusCode.NotFound);
        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/cars/variants/{variantId}", admin), HttpStatusCode.NoContent);
        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/cars/{modelId}", admin), HttpStatusCode.NoContent);
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/companies/{admin.CompanyId}/cars", admin), HttpStatusCode.OK))
            .GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Requests_at_once_naming_a_file_new_to_projects_api_all_succeed()
    {
        var admin = await Accounts.AdminAsync();
        var badge = await fixture.Media.ImageAsync(admin);

        // Each request asks media-api about the file and records it, while media's ImageStored may be recording it too.
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Api.PostAsync($"/api/companies/{admin.CompanyId}/assets", admin, new { type = "BADGE", fileId = badge, value = new { label = $"Badge {i}" } })));

        foreach (var response in responses)
        {
            await ProjectsClient.ExpectAsync(response, HttpStatusCode.Created);
        }
        (await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/companies/{admin.CompanyId}/assets", admin), HttpStatusCode.OK)).GetArrayLength().Should().Be(8);
    }
}
