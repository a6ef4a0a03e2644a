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
