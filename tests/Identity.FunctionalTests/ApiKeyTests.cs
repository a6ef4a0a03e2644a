using Npgsql;

namespace AiVideo.Identity.FunctionalTests;

public sealed class ApiKeyTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task The_secret_is_shown_once_listed_never_and_stored_only_as_a_hash()
    {
        var admin = await Client.RegisterAsync();
        var created = await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys", new { name = "CI", scopes = new[] { "media:write" } }, admin.AccessToken));
        var secret = created.GetProperty("secret").GetString()!;

        secret.Should().MatchRegex("^avk_[a-z2-9]{8}_[0-9a-f]{64}$");
        var listed = await Client.GetAsync("/api/api-keys", admin.AccessToken);
        var listedText = await listed.Content.ReadAsStringAsync();
        listedText.Should().NotContain(secret[13..]).And.Contain(created.GetProperty("key").GetProperty("prefix").GetString());

        await using var connection = new NpgsqlConnection(identity.App.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(k)::text FROM api_keys k WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = created.GetProperty("key").GetProperty("id").GetGuid() });
        var row = (string)(await command.ExecuteScalarAsync())!;
        row.Should().NotContain(secret[13..], "the secret part is never stored");
        row.Should().Contain(AiVideo.Identity.Application.Common.OpaqueTokens.Hash(secret[13..]));
    }

    [Fact]
    public async Task An_exchange_records_when_the_key_was_last_used()
    {
        var admin = await Client.RegisterAsync();
        var created = await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys", new { name = "Used", scopes = new[] { "media:read" } }, admin.AccessToken));

        await IdentityClient.Expect(await ExchangeAsync(created.GetProperty("secret").GetString()!), HttpStatusCode.OK);

        var listed = await IdentityClient.JsonAsync(await Client.GetAsync("/api/api-keys", admin.AccessToken));
        listed.GetProperty("items")[0].GetProperty("lastUsedAt").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task The_api_key_grant_answers_every_field_the_gateway_reads()
    {
        var admin = await Client.RegisterAsync();
        var created = await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys",
            new { name = "Gateway shape", scopes = new[] { "media:read" }, rateLimitPerMinute = 7, rateLimitPerHour = 70 }, admin.AccessToken));

        var exchanged = await ExchangeAsync(created.GetProperty("secret").GetString()!);

        await IdentityClient.Expect(exchanged, HttpStatusCode.OK);
        exchanged.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var answer = (await exchanged.Content.ReadFromJsonAsync<GatewayTokenResponse>(WebJson))!;
        answer.AccessToken.Should().NotBeNullOrEmpty();
        answer.ExpiresIn.Should().Be(300);
        answer.ApiKeyId.Should().Be(created.GetProperty("key").GetProperty("id").GetGuid());
        answer.RateLimitPerMinute.Should().Be(7);
        answer.RateLimitPerHour.Should().Be(70);
        Jwt.Claims(answer.AccessToken)["api_key_id"].Should().Be(answer.ApiKeyId.ToString());
        var escapedBasic = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = GrantTypes.ApiKey, ["api_key"] = created.GetProperty("secret").GetString()! }),
        };
        escapedBasic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            $"{Uri.EscapeDataString(ResourceNames.Gateway)}:{Uri.EscapeDataString(IdentitySettings.GatewaySecret)}")));
        await IdentityClient.Expect(await Client.Http.SendAsync(escapedBasic), HttpStatusCode.OK);
    }

    /// <summary>The gateway's own reading of the answer (gateway/Edge/ApiKeyExchange.cs: Web defaults, these names and types).</summary>
    private sealed record GatewayTokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName(ClaimNames.ApiKeyId)] Guid ApiKeyId,
        [property: System.Text.Json.Serialization.JsonPropertyName("rate_limit_per_minute")] int RateLimitPerMinute,
        [property: System.Text.Json.Serialization.JsonPropertyName("rate_limit_per_hour")] int RateLimitPerHour);

    [Fact]
    public async Task Only_the_gateway_client_may_exchange_keys_and_mistyped_keys_are_refused_alike()
    {
        var admin = await Client.RegisterAsync();
        var secret = (await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys", new { name = "K", scopes = new[] { "media:read" } }, admin.AccessToken)))
            .GetProperty("secret").GetString()!;

        var asMedia = await Client.TokenAsync(new() { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = secret }, ("media-api", IdentitySettings.MediaSecret));
        var noClient = await Client.TokenAsync(new() { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = secret });
        var wrongSecret = await ExchangeAsync(secret[..^4] + "0000");
        var unknown = await ExchangeAsync("avk_zzzzzzzz_" + new string('0', 64));

        (await IdentityClient.JsonAsync(asMedia)).GetProperty("error").GetString().Should().Be("unauthorized_client");
        noClient.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrongSecret.Content.ReadAsStringAsync()).Should().Be(await unknown.Content.ReadAsStringAsync());
        (await IdentityClient.JsonAsync(wrongSecret)).GetProperty("error").GetString().Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Members_see_and_revoke_their_own_keys_and_admins_see_all()
    {
        var admin = await Client.RegisterAsync();
        var invitation = await IdentityClient.JsonAsync(await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations",
            new { email = IdentityClient.NewEmail("member") }, admin.AccessToken));
        var member = (await (await Client.PostAsync("/api/invitations/accept",
            new { token = invitation.GetProperty("token").GetString(), name = "Member", password = IdentityClient.Password })).Content.ReadFromJsonAsync<AuthResult>())!;
        var adminKey = await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys", new { name = "Admin's", scopes = new[] { "media:read" } }, admin.AccessToken));
        await Client.PostAsync("/api/api-keys", new { name = "Member's", scopes = new[] { "media:read" } }, member.AccessToken);

        var memberList = await IdentityClient.JsonAsync(await Client.GetAsync("/api/api-keys", member.AccessToken));
        var adminList = await IdentityClient.JsonAsync(await Client.GetAsync("/api/api-keys", admin.AccessToken));

        memberList.GetProperty("items").EnumerateArray().Select(k => k.GetProperty("name").GetString()).Should().Equal("Member's");
        adminList.GetProperty("items").GetArrayLength().Should().Be(2);
        (await Client.SendAsync(HttpMethod.Delete, $"/api/api-keys/{adminKey.GetProperty("key").GetProperty("id").GetGuid()}", null, member.AccessToken))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_key_whose_creator_left_the_company_is_refused()
    {
        var admin = await Client.RegisterAsync();
        var invitation = await IdentityClient.JsonAsync(await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations",
            new { email = IdentityClient.NewEmail("leaver") }, admin.AccessToken));
        var leaver = (await (await Client.PostAsync("/api/invitations/accept",
            new { token = invitation.GetProperty("token").GetString(), name = "Leaver", password = IdentityClient.Password })).Content.ReadFromJsonAsync<AuthResult>())!;
        var secret = (await IdentityClient.JsonAsync(await Client.PostAsync("/api/api-keys", new { name = "Orphan", scopes = new[] { "media:read" } }, leaver.AccessToken)))
            .GetProperty("secret").GetString()!;

        await Client.SendAsync(HttpMethod.Delete, $"/api/companies/{admin.User.CompanyId}/users/{leaver.User.Id}", null, admin.AccessToken);

        (await ExchangeAsync(secret)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"scopes":["media:read"]}""", "name")]
    [InlineData("""{"name":"K","scopes":[]}""", "scopes")]
    [InlineData("""{"name":"K","scopes":["root"]}""", "scopes")]
    [InlineData("""{"name":"K","scopes":["media:read"],"rateLimitPerMinute":0}""", "rateLimitPerMinute")]
    [InlineData("""{"name":"K","scopes":["media:read"],"rateLimitPerMinute":100,"rateLimitPerHour":10}""", "rateLimitPerMinute")]
    [InlineData("""{"name":"K","scopes":["media:read"],"expiresAt":"2001-01-01T00:00:00Z"}""", "expiresAt")]
    public async Task Invalid_keys_are_refused_with_field_errors(string body, string field)
    {
        var admin = await Client.RegisterAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/api-keys") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.AccessToken);

        var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    private Task<HttpResponseMessage> ExchangeAsync(string apiKey) => Client.TokenAsync(
        new() { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = apiKey }, ("gateway", IdentitySettings.GatewaySecret));
}
