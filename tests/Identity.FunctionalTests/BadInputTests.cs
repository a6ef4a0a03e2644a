namespace AiVideo.Identity.FunctionalTests;

public sealed class BadInputTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    public static TheoryData<string, object, string> InvalidRegistrations => new()
    {
        { "missing email", new { password = IdentityClient.Password, name = "Ada" }, "email" },
        { "invalid email", new { email = "not-an-email", password = IdentityClient.Password, name = "Ada" }, "email" },
        { "email without a domain", new { email = "ada@localhost", password = IdentityClient.Password, name = "Ada" }, "email" },
        { "overlong email", new { email = new string('a', 250) + "@example.com", password = IdentityClient.Password, name = "Ada" }, "email" },
        { "missing password", new { email = "ada@example.com", name = "Ada" }, "password" },
        { "short password", new { email = "ada@example.com", password = "Ab1", name = "Ada" }, "password" },
        { "password without digits or capitals", new { email = "ada@example.com", password = "correcthorsebattery", name = "Ada" }, "password" },
        { "overlong password", new { email = "ada@example.com", password = "Aa1" + new string('x', 200), name = "Ada" }, "password" },
        { "missing name", new { email = "ada@example.com", password = IdentityClient.Password }, "name" },
        { "overlong name", new { email = "ada@example.com", password = IdentityClient.Password, name = new string('n', 101) }, "name" },
        { "overlong company name", new { email = "ada@example.com", password = IdentityClient.Password, name = "Ada", companyName = new string('c', 101) }, "companyName" },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task An_invalid_registration_is_a_400_naming_the_field_and_creates_nothing(string why, object body, string field)
    {
        var email = IdentityClient.NewEmail("bad");
        var json = JsonSerializer.Serialize(body).Replace("ada@example.com", email);

        var response = await Client.Http.PostAsync("/api/auth/register", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, why);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = (await IdentityClient.JsonAsync(response)).GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue($"{why} is reported on '{field}': {errors}");
        messages.EnumerateArray().Should().NotBeEmpty();
        await AssertNothingCreatedAsync(email);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_that_says_what_could_not_be_read()
    {
        var response = await Client.Http.PostAsync("/api/auth/register",
            new StringContent("{\"email\": \"x@example.com\", \"password\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("detail").GetString().Should().Contain("JSON");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused()
    {
        var response = await Client.Http.PostAsync("/api/auth/register", new StringContent("email=x", System.Text.Encoding.UTF8, "text/plain"));

        ((int)response.StatusCode).Should().BeOneOf(400, 415);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_registration_that_fails_half_way_leaves_no_user_and_no_company()
    {
        var email = IdentityClient.NewEmail("half");
        var companiesBefore = await CountCompaniesAsync();

        // The shape checks pass; the account store's password rules refuse it inside the registration's transaction.
        var response = await Client.PostAsync("/api/auth/register", new { email, password = "alllowercase1", name = "Ada" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await AssertNothingCreatedAsync(email);
        (await CountCompaniesAsync()).Should().Be(companiesBefore);
    }

    [Fact]
    public async Task Paging_parameters_out_of_range_are_refused_with_field_errors()
    {
        var registered = await Client.RegisterAsync();

        var response = await Client.GetAsync($"/api/companies/{registered.User.CompanyId}/users?limit=1000&cursor=garbage", registered.AccessToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await IdentityClient.JsonAsync(response)).GetProperty("errors");
        errors.TryGetProperty("limit", out _).Should().BeTrue();
        errors.TryGetProperty("cursor", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_token_request_in_multipart_without_a_boundary_is_an_invalid_request_not_a_server_error()
    {
        var content = new StringContent("grant_type=password&username=a%40example.com&password=x");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await Client.Http.PostAsync("/connect/token", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be("invalid_request");
    }

    [Fact]
    public async Task A_token_request_with_more_than_1024_form_fields_is_an_invalid_request_not_a_server_error()
    {
        var form = string.Join("&", Enumerable.Range(0, 1100).Select(i => $"field{i}=x")) + "&grant_type=password&username=a%40example.com&password=x";

        var response = await Client.Http.PostAsync("/connect/token", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await IdentityClient.JsonAsync(response);
        error.GetProperty("error").GetString().Should().Be("invalid_request");
        error.GetProperty("error_description").GetString().Should().NotContain("count limit",
            "the description is ours, not the form reader's exception message");
    }

    public static TheoryData<string> FormAndJsonRoutes => new()
    {
        "/connect/token", "/connect/authorize", "/connect/signin", "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/invitations/accept",
    };

    [Theory]
    [MemberData(nameof(FormAndJsonRoutes))]
    public async Task Unreadable_bodies_are_refused_with_a_4xx_that_carries_no_stack_trace(string path)
    {
        var bodies = new List<HttpContent>();
        var noBoundary = new StringContent("a=b");
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        bodies.Add(noBoundary);
        var badBoundary = new StringContent("--x\r\nnot a part");
        badBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        bodies.Add(badBoundary);
        bodies.Add(new StringContent(string.Join("&", Enumerable.Range(0, 1100).Select(i => $"f{i}=x")), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        bodies.Add(new StringContent("{\"email\": [1, {", System.Text.Encoding.UTF8, "application/json"));
        bodies.Add(new StringContent("\u0000\u0001", System.Text.Encoding.UTF8, "application/json"));

        foreach (var body in bodies)
        {
            var described = $"{body.Headers.ContentType} to {path}";
            var response = await Client.Http.PostAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();

            ((int)response.StatusCode).Should().BeInRange(400, 499, described);
            text.Should().NotContain("   at ", described).And.NotContain("System.", described);
        }
    }

    [Fact]
    public async Task A_json_body_over_64_kb_is_refused_with_413_with_or_without_a_declared_length()
    {
        var name = new string('n', 70 * 1024);
        var declared = new StringContent(JsonSerializer.Serialize(new { email = IdentityClient.NewEmail("big"), password = IdentityClient.Password, name }),
            System.Text.Encoding.UTF8, "application/json");
        var streamed = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new { email = IdentityClient.NewEmail("big"), password = IdentityClient.Password, name }))));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var withLength = await Client.Http.PostAsync("/api/auth/register", declared);
        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = streamed };
        chunked.Headers.TransferEncodingChunked = true;
        var withoutLength = await Client.Http.SendAsync(chunked);

        withLength.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        withoutLength.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        withoutLength.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<int> CountCompaniesAsync()
    {
        await using var db = identity.OpenDatabase();
        return await db.Companies.CountAsync();
    }

    private async Task AssertNothingCreatedAsync(string email)
    {
        await using var db = identity.OpenDatabase();
        (await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())).Should().Be(0);
    }
}
