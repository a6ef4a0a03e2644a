namespace AiVideo.Identity.FunctionalTests;

/// <summary>Each OAuth client gets only the grants and scopes it uses (the clients as AppHost configures them, see IdentitySettings).</summary>
public sealed class ServiceClientPrivilegeTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityClient Client => identity.Client;

    [Fact]
    public async Task A_service_token_cannot_rotate_the_signing_keys_only_the_operators_client_can()
    {
        var generation = await TokenAsync(("generation-api", IdentitySettings.GenerationSecret), Scopes.Internal);

        var byService = await Client.PostAsync("/internal/signing-keys/rotate", null, generation);
        var generationAskingForMore = await Client.TokenAsync(new() { ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = Scopes.SigningKeys },
            ("generation-api", IdentitySettings.GenerationSecret));

        byService.StatusCode.Should().Be(HttpStatusCode.Forbidden, "generation-api calls media-api's internal routes, nothing of identity's");
        generationAskingForMore.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(generationAskingForMore)).TryGetProperty("access_token", out _).Should().BeFalse();
        var byOperator = await Client.PostAsync("/internal/signing-keys/rotate", null, await TokenAsync(("operator", IdentitySettings.OperatorSecret), Scopes.SigningKeys));
        await IdentityClient.Expect(byOperator, HttpStatusCode.OK);
        (await IdentityClient.JsonAsync(byOperator)).GetProperty("keyId").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_gateway_exchanges_api_keys_but_gets_no_service_token()
    {
        var response = await Client.TokenAsync(new() { ["grant_type"] = GrantTypes.ClientCredentials }, ("gateway", IdentitySettings.GatewaySecret));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IdentityClient.JsonAsync(response)).GetProperty("error").GetString().Should().Be("unauthorized_client");
    }

    private async Task<string> TokenAsync((string Id, string Secret) client, string scope)
    {
        var response = await Client.TokenAsync(new() { ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = scope }, client);
        await IdentityClient.Expect(response, HttpStatusCode.OK);
        return (await IdentityClient.JsonAsync(response)).GetProperty("access_token").GetString()!;
    }
}
