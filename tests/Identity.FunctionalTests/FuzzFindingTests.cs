namespace AiVideo.Identity.FunctionalTests;

/// <summary>What the fuzz pass (<see cref="FuzzTests"/>) found, each kept as a test of its own.</summary>
public sealed class FuzzFindingTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private HttpClient Http => identity.Client.Http;

    [Fact]
    public async Task A_token_request_whose_client_id_holds_a_nul_is_an_invalid_request_not_a_server_error()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String("media\0-api:secret"u8.ToArray()));

        var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be("invalid_request");
    }

    [Fact]
    public async Task A_token_request_with_a_nul_in_a_form_field_is_an_invalid_request()
    {
        var response = await identity.Client.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "media-api\0", ["client_secret"] = "x",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be("invalid_request");
    }

    [Fact]
    public async Task A_posted_authorization_request_with_a_truncated_multipart_body_is_an_invalid_request_saying_no_reader_message()
    {
        var content = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\nabc"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        var response = await Http.PostAsync("/connect/authorize", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("invalid_request").And.Contain("The form could not be read: it is malformed, truncated or too large.");
        body.Should().NotContainAny("Unexpected end", "Stream", "Exception");
    }

    [Fact]
    public async Task A_json_body_in_an_unknown_charset_is_a_415_problem_not_a_server_error()
    {
        var content = new ByteArrayContent("{\"email\":\"a@example.com\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=nope");

        var response = await Http.PostAsync("/api/auth/register", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task An_openapi_document_that_does_not_exist_is_a_404_problem()
    {
        var response = await Http.GetAsync("/openapi/v2.json");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Http.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
