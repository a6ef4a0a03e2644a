namespace AiVideo.ServiceDefaults.Tests;

public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private sealed record Greeting(string Name, int Times);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapGet("/boom", IResult () => throw new InvalidOperationException("secret internals: connection string xyz"));
        _app.MapPost("/greetings", (Greeting greeting) => Results.Ok(greeting));
        _app.MapGet("/secure", () => "hidden").RequireAuthorization();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_internals_outside_development()
    {
        var response = await _client.GetAsync("/boom");

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        text.Should().NotContain("secret internals").And.NotContain("InvalidOperationException").And.NotContain("at ");
        problem.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_that_says_what_could_not_be_read()
    {
        var response = await _client.PostAsync("/greetings", new StringContent("{\"name\": \"Ada\", \"times\": }", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("Greeting").And.Contain("$.times");
    }

    [Fact]
    public async Task A_protected_endpoint_without_a_token_is_a_401_problem()
    {
        var response = await _client.GetAsync("/secure");

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await _client.GetAsync("/nothing/here");

        (await ProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("instance").GetString().Should().Be("/nothing/here");
    }

    [Theory]
    [InlineData("text/event-stream")]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("image/png")]
    public async Task A_client_that_accepts_no_json_gets_its_problems_as_json_all_the_same(string accept)
    {
        foreach (var (path, status) in new[] { ("/secure", HttpStatusCode.Unauthorized), ("/nothing/here", HttpStatusCode.NotFound), ("/boom", HttpStatusCode.InternalServerError) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue(accept));

            var response = await _client.SendAsync(request);

            (await ProblemAsync(response, status)).GetProperty("traceId").GetString().Should().NotBeNullOrEmpty(path);
        }
    }

    [Fact]
    public async Task Health_and_liveness_are_mapped_in_production_and_answer_json()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health");
        var alive = await _client.GetFromJsonAsync<JsonElement>("/alive");

        health.GetProperty("status").GetString().Should().Be("Healthy");
        health.GetProperty("checks").GetProperty("self").GetProperty("status").GetString().Should().Be("Healthy");
        alive.GetProperty("status").GetString().Should().Be("Healthy");
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        return problem;
    }
}
