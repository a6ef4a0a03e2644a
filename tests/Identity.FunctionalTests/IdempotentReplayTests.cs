using Npgsql;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>Repeated requests (the same <c>Idempotency-Key</c> and body) to routes whose answers hold credentials.</summary>
public sealed class IdempotentReplayTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_registration_takes_no_idempotency_key_so_a_repeat_gets_no_tokens_and_none_are_stored()
    {
        var body = new { email = IdentityClient.NewEmail("repeat"), password = IdentityClient.Password, name = "Ada" };

        var first = await SendAsync("/api/auth/register", body, "register-once");
        var again = await SendAsync("/api/auth/register", body, "register-once");

        await IdentityClient.Expect(first, HttpStatusCode.Created);
        var tokens = (await first.Content.ReadFromJsonAsync<AuthResult>())!;
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "the account exists; its tokens are not handed out again");
        again.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await IdentityClient.JsonAsync(again)).GetProperty("code").GetString().Should().Be("email_taken");
        (await StoredTextAsync()).Should().NotContain(tokens.AccessToken).And.NotContain(tokens.RefreshToken).And.NotContain(IdentityClient.Password);
    }

    [Fact]
    public async Task A_repeated_api_key_creation_answers_the_key_without_its_secret_and_says_so_and_the_secret_is_stored_nowhere()
    {
        var admin = await Client.RegisterAsync();
        var body = new { name = "Deploys", scopes = new[] { Scopes.MediaRead } };

        var first = await SendAsync("/api/api-keys", body, "key-once", admin.AccessToken);
        var again = await SendAsync("/api/api-keys", body, "key-once", admin.AccessToken);

        await IdentityClient.Expect(first, HttpStatusCode.Created);
        await IdentityClient.Expect(again, HttpStatusCode.Created);
        var created = await IdentityClient.JsonAsync(first);
        var replayed = await IdentityClient.JsonAsync(again);
        var secret = created.GetProperty("secret").GetString()!;
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        again.Headers.Location.Should().Be(first.Headers.Location);
        replayed.GetProperty("key").GetProperty("id").GetGuid().Should().Be(created.GetProperty("key").GetProperty("id").GetGuid());
        replayed.GetProperty("key").GetProperty("prefix").GetString().Should().Be(created.GetProperty("key").GetProperty("prefix").GetString());
        replayed.GetProperty("secret").ValueKind.Should().Be(JsonValueKind.Null);
        replayed.GetProperty("secretNotice").GetString().Should().Contain("shown only in the first answer");
        (await IdentityClient.JsonAsync(await Client.GetAsync("/api/api-keys", admin.AccessToken))).GetProperty("items").GetArrayLength().Should().Be(1);
        (await StoredTextAsync()).Should().NotContain(secret[13..], "the idempotency store keeps the key's id, never its secret");
    }

    [Fact]
    public async Task A_repeated_invitation_answers_the_invitation_without_its_token_and_the_token_is_stored_nowhere()
    {
        var admin = await Client.RegisterAsync();
        var body = new { email = IdentityClient.NewEmail("invitee"), role = "MEMBER" };

        var first = await SendAsync($"/api/companies/{admin.User.CompanyId}/invitations", body, "invite-once", admin.AccessToken);
        var again = await SendAsync($"/api/companies/{admin.User.CompanyId}/invitations", body, "invite-once", admin.AccessToken);

        await IdentityClient.Expect(first, HttpStatusCode.Created);
        await IdentityClient.Expect(again, HttpStatusCode.Created);
        var created = await IdentityClient.JsonAsync(first);
        var replayed = await IdentityClient.JsonAsync(again);
        var token = created.GetProperty("token").GetString()!;
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        replayed.GetProperty("invitation").GetProperty("id").GetGuid().Should().Be(created.GetProperty("invitation").GetProperty("id").GetGuid());
        replayed.GetProperty("token").ValueKind.Should().Be(JsonValueKind.Null);
        replayed.GetProperty("tokenNotice").GetString().Should().Contain("shown only in the first answer");
        (await StoredTextAsync()).Should().NotContain(token);
    }

    [Fact]
    public async Task An_invitation_token_travels_in_the_body_never_in_a_url()
    {
        var admin = await Client.RegisterAsync();
        var created = await IdentityClient.JsonAsync(await Client.PostAsync($"/api/companies/{admin.User.CompanyId}/invitations",
            new { email = IdentityClient.NewEmail("invitee") }, admin.AccessToken));
        var token = created.GetProperty("token").GetString()!;

        var inPath = await Client.PostAsync($"/api/invitations/{token}/accept", new { name = "Path", password = IdentityClient.Password });
        var inBody = await Client.PostAsync(created.GetProperty("acceptPath").GetString()!, new { token, name = "Body", password = IdentityClient.Password });

        created.GetProperty("acceptPath").GetString().Should().Be("/api/invitations/accept").And.NotContain(token);
        inPath.StatusCode.Should().Be(HttpStatusCode.NotFound, "no route takes the token in its path");
        await IdentityClient.Expect(inBody, HttpStatusCode.Created);
        (await inBody.Content.ReadFromJsonAsync<AuthResult>())!.User.CompanyId.Should().Be(admin.User.CompanyId);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, object body, string idempotencyKey, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Client.Http.SendAsync(request);
    }

    /// <summary>Everything the idempotency store holds, as text.</summary>
    private async Task<string> StoredTextAsync()
    {
        await using var connection = new NpgsqlConnection(identity.App.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(string_agg(concat_ws(' ', scope, key, request_hash, location, resource_id, convert_from(response_body, 'UTF8')), E'\\n'), '') FROM idempotency_keys",
            connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
