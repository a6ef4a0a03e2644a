using FluentAssertions.Execution;

namespace AiVideo.Projects.FunctionalTests;

/// <summary>
/// Who may do what, on every route of projects-api (ARCHITECTURE §6): no token is 401; another company's anything is 404;
/// members read the company's projects, brand kit, catalogue and posts but change only their own projects and posts
/// (403 otherwise); an API key is held to its scopes. Every refused request leaves everything as it was.
/// </summary>
[Collection(ProjectsCollection.Name)]
public sealed class AccessTests(ProjectsFixture fixture, Team team) : IClassFixture<Team>
{
    private enum Kind
    {
        /// <summary>Everyone in the company reads it.</summary>
        Read,

        /// <summary>The project's owner and admins change it.</summary>
        ProjectWrite,

        /// <summary>A pipeline start: as <see cref="ProjectWrite"/>, and an API key needs generation:run.</summary>
        Start,

        /// <summary>Admins change it (brand kit, catalogue).</summary>
        AdminWrite,

        /// <summary>The post's author and admins delete it.</summary>
        AuthorWrite,
    }

    private sealed record Route(HttpMethod Method, string Path, Kind Kind, object? Body = null)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private ProjectsClient Api => fixture.Api;

    [Fact]
    public async Task Every_route_refuses_anonymous_callers_other_companies_members_beyond_their_role_and_keys_beyond_their_scopes()
    {
        var (admin, member, stranger) = (team.Admin, team.Member, team.Stranger);
        var routes = await RoutesOfAsync(admin);
        var readOnlyKey = await Accounts.ApiKeyTokenAsync(admin, Scopes.ProjectsRead);
        var writeKey = await Accounts.ApiKeyTokenAsync(admin, Scopes.ProjectsRead, Scopes.ProjectsWrite);
        var before = await SnapshotAsync(admin, routes);

        using (new AssertionScope())
        {
            foreach (var route in routes)
            {
                (await StatusAsync(route, null)).Should().Be(HttpStatusCode.Unauthorized, $"{route} without a token");
                (await StatusAsync(route, stranger.Token)).Should().Be(HttpStatusCode.NotFound, $"{route} by another company's admin");
                (await StatusAsync(route, member.Token)).Should().Be(route.Kind == Kind.Read ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    $"{route} by a member who does not own it");
                (await StatusAsync(route, readOnlyKey)).Should().Be(route.Kind == Kind.Read ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    $"{route} with a key holding only {Scopes.ProjectsRead}");
                if (route.Kind == Kind.Start)
                {
                    (await StatusAsync(route, writeKey)).Should().Be(HttpStatusCode.Forbidden, $"{route} with a key without {Scopes.GenerationRun}");
                }
            }
        }

        (await SnapshotAsync(admin, routes)).Should().Equal(before, "no refused request changed anything");
    }

    [Fact]
    public async Task A_member_manages_their_own_project_and_an_admin_any_project_of_the_company()
    {
        var mine = (await Api.CreateProjectAsync(team.Member)).GetProperty("id").GetGuid();
        var theirs = (await Api.CreateProjectAsync(team.OtherMember)).GetProperty("id").GetGuid();
        fixture.Harness.Hold(mine);

        await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/projects/{mine}", team.Member, new { title = "Mine" }), HttpStatusCode.OK);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{mine}/scenes", team.Member, new { title = "My scene" }), HttpStatusCode.Created);
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{mine}/storyboard", team.Member), HttpStatusCode.Accepted);
        await ProjectsClient.ProblemAsync(await Api.PatchAsync($"/api/projects/{theirs}", team.Member, new { title = "Taken" }), HttpStatusCode.Forbidden);
        await ProjectsClient.ExpectAsync(await Api.GetAsync($"/api/projects/{theirs}", team.Member), HttpStatusCode.OK);
        await ProjectsClient.ExpectAsync(await Api.PatchAsync($"/api/projects/{theirs}", team.Admin, new { title = "Renamed by the admin" }), HttpStatusCode.OK);
        await ProjectsClient.ExpectAsync(await Api.DeleteAsync($"/api/projects/{theirs}", team.Admin), HttpStatusCode.NoContent);

        (await Api.ProjectAsync(team.Admin, mine)).GetProperty("status").GetString().Should().Be("storyboarding");
        (await Api.GetAsync($"/api/projects/{theirs}", team.OtherMember)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>Every route of the service on resources of the admin's company: a completed project of the admin (one scene), a brand asset, a car model with a variant and a picture, a post.</summary>
    private async Task<IReadOnlyList<Route>> RoutesOfAsync(Account admin)
    {
        var projectId = (await Api.CreateProjectAsync(admin, new { title = "Guarded", prompt = "Guarded", sceneCount = 1 })).GetProperty("id").GetGuid();
        await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/projects/{projectId}/generate", admin), HttpStatusCode.Accepted);
        var scene = (await Api.WaitForStatusAsync(admin, projectId, "completed")).GetProperty("scenes")[0];
        var sceneId = scene.GetProperty("id").GetGuid();
        var assetId = (await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/assets", admin,
            new { type = "COLOR_SCHEME", value = new { primary = "#102030" } }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var modelId = (await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/companies/{admin.CompanyId}/cars", admin,
            new { make = "Aurora", name = "Guard", bodyType = "coupe" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var variantId = (await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/{modelId}/variants", admin, new { year = 2024, trim = "S" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var picture = await fixture.Media.ImageAsync(admin);
        var mediaId = (await ProjectsClient.ExpectAsync(await Api.PostAsync($"/api/cars/variants/{variantId}/media", admin, new { type = "EXTERIOR", fileId = picture }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var postId = (await ProjectsClient.ExpectAsync(await Api.PostAsync("/api/posts", admin, new { projectId, text = "Guarded" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var project = $"/api/projects/{projectId}";
        var assets = $"/api/companies/{admin.CompanyId}/assets";
        var get = HttpMethod.Get;
        var post = HttpMethod.Post;
        var patch = HttpMethod.Patch;
        var put = HttpMethod.Put;
        var delete = HttpMethod.Delete;
        return
        [
            new(get, project, Kind.Read),
            new(patch, project, Kind.ProjectWrite, new { title = "Taken over" }),
            new(delete, project, Kind.ProjectWrite),
            new(post, $"{project}/storyboard", Kind.Start),
            new(post, $"{project}/generate", Kind.Start, new { from = "images" }),
            new(post, $"{project}/render", Kind.Start),
            new(post, $"{project}/scenes/{sceneId}/image", Kind.Start, new { prompt = "Other" }),
            new(post, $"{project}/scenes/{sceneId}/video", Kind.Start),
            new(get, $"{project}/scenes", Kind.Read),
            new(get, $"{project}/scenes/{sceneId}", Kind.Read),
            new(post, $"{project}/scenes", Kind.ProjectWrite, new { title = "Intruder" }),
            new(patch, $"{project}/scenes/{sceneId}", Kind.ProjectWrite, new { title = "Intruder" }),
            new(delete, $"{project}/scenes/{sceneId}", Kind.ProjectWrite),
            new(post, $"{project}/scenes/reorder", Kind.ProjectWrite, new { sceneIds = new[] { sceneId } }),
            new(put, $"{project}/scenes/{sceneId}/selection", Kind.ProjectWrite, new { imageAssetId = scene.GetProperty("selectedImage").GetProperty("id").GetGuid() }),
            new(get, $"{project}/timeline", Kind.Read),
            new(put, $"{project}/timeline", Kind.ProjectWrite, new { clips = Array.Empty<object>() }),
            new(get, $"{project}/layers", Kind.Read),
            new(put, $"{project}/layers", Kind.ProjectWrite, new { captions = Array.Empty<object>(), audio = Array.Empty<object>() }),
            new(get, $"{project}/activity", Kind.Read),
            new(get, $"{project}/events", Kind.Read),
            new(get, assets, Kind.Read),
            new(post, assets, Kind.AdminWrite, new { type = "BADGE", value = new { label = "Intruder" } }),
            new(get, $"{assets}/{assetId}", Kind.Read),
            new(put, $"{assets}/{assetId}", Kind.AdminWrite, new { value = new { primary = "#000000" } }),
            new(delete, $"{assets}/{assetId}", Kind.AdminWrite),
            new(get, $"/api/companies/{admin.CompanyId}/cars", Kind.Read),
            new(post, $"/api/companies/{admin.CompanyId}/cars", Kind.AdminWrite, new { make = "Intruder", name = "Car", bodyType = "van" }),
            new(get, $"/api/cars/{modelId}", Kind.Read),
            new(patch, $"/api/cars/{modelId}", Kind.AdminWrite, new { name = "Intruder" }),
            new(delete, $"/api/cars/{modelId}", Kind.AdminWrite),
            new(get, $"/api/cars/{modelId}/variants", Kind.Read),
            new(post, $"/api/cars/{modelId}/variants", Kind.AdminWrite, new { year = 2024, trim = "Intruder" }),
            new(get, $"/api/cars/variants/{variantId}", Kind.Read),
            new(patch, $"/api/cars/variants/{variantId}", Kind.AdminWrite, new { trim = "Intruder" }),
            new(delete, $"/api/cars/variants/{variantId}", Kind.AdminWrite),
            new(get, $"/api/cars/variants/{variantId}/media", Kind.Read),
            new(post, $"/api/cars/variants/{variantId}/media", Kind.AdminWrite, new { type = "INTERIOR", fileId = picture }),
            new(get, $"/api/cars/media/{mediaId}", Kind.Read),
            new(delete, $"/api/cars/media/{mediaId}", Kind.AdminWrite),
            new(get, $"/api/posts/{postId}", Kind.Read),
            new(delete, $"/api/posts/{postId}", Kind.AuthorWrite),
        ];
    }

    private async Task<HttpStatusCode> StatusAsync(Route route, string? token)
    {
        using var response = await Api.SendAsync(route.Method, route.Path, token, route.Body);
        return response.StatusCode;
    }

    /// <summary>What every readable route answers the admin, to compare before and after the refused requests.</summary>
    private async Task<List<string>> SnapshotAsync(Account admin, IReadOnlyList<Route> routes)
    {
        var answers = new List<string>();
        foreach (var route in routes.Where(r => r.Method == HttpMethod.Get && !r.Path.EndsWith("/events", StringComparison.Ordinal)))
        {
            answers.Add($"{route}: {await (await Api.GetAsync(route.Path, admin)).Content.ReadAsStringAsync()}");
        }
        answers.Add($"projects: {await (await Api.GetAsync("/api/projects", admin)).Content.ReadAsStringAsync()}");
        answers.Add($"posts: {await (await Api.GetAsync("/api/posts", admin)).Content.ReadAsStringAsync()}");
        return answers;
    }
}
