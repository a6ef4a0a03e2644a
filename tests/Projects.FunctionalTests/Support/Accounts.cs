namespace AiVideo.Projects.FunctionalTests.Support;

/// <summary>Real users and tokens from identity-api: a new company's admin, a member invited into it, an API key's token.</summary>
public static class Accounts
{
    private const string Password = "Correct-Horse-42";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>A new user with a new company, which they administer.</summary>
    public static async Task<Account> AdminAsync()
    {
        var identity = await SharedIdentity.AddressAsync();
        var response = await Http.PostAsJsonAsync(new Uri(identity, "/api/auth/register"),
            new { email = $"admin-{Guid.NewGuid():N}@example.com", password = Password, name = "Admin", companyName = "Studio" });
        return await ReadAsync(response);
    }

    /// <summary>A member of the admin's company, invited by the admin and joined through identity-api.</summary>
    public static async Task<Account> MemberOfAsync(Account admin)
    {
        var identity = await SharedIdentity.AddressAsync();
        var invite = new HttpRequestMessage(HttpMethod.Post, new Uri(identity, $"/api/companies/{admin.CompanyId}/invitations"))
        {
            Content = JsonContent.Create(new { email = $"member-{Guid.NewGuid():N}@example.com", role = Roles.Member }),
        };
        invite.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        var invitation = await Http.SendAsync(invite);
        invitation.StatusCode.Should().Be(HttpStatusCode.Created, await invitation.Content.ReadAsStringAsync());
        var token = (await invitation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        return await ReadAsync(await Http.PostAsJsonAsync(new Uri(identity, "/api/invitations/accept"), new { token, name = "Member", password = Password }));
    }

    /// <summary>An access token for an API key of the admin's company that holds only <paramref name="scopes"/>.</summary>
    public static async Task<string> ApiKeyTokenAsync(Account admin, params string[] scopes)
    {
        var identity = await SharedIdentity.AddressAsync();
        var create = new HttpRequestMessage(HttpMethod.Post, new Uri(identity, "/api/api-keys"))
        {
            Content = JsonContent.Create(new { name = "Tests", scopes }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        var created = await Http.SendAsync(create);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var exchange = new HttpRequestMessage(HttpMethod.Post, new Uri(identity, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = IdentitySettings.ApiKeyGrant, ["api_key"] = secret }),
        };
        exchange.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ResourceNames.Gateway}:{IdentitySettings.GatewaySecret}")));
        var token = await Http.SendAsync(exchange);
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static async Task<Account> ReadAsync(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var user = body.GetProperty("user");
        return new Account(body.GetProperty("accessToken").GetString()!, user.GetProperty("id").GetGuid(), user.GetProperty("companyId").GetGuid(),
            user.GetProperty("role").GetString()!);
    }
}
