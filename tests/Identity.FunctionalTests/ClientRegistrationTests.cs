using OpenIddict.EntityFrameworkCore.Models;

namespace AiVideo.Identity.FunctionalTests;

/// <summary>OAuth clients come from configuration (Identity:Clients) and are seeded into the token server at every start.</summary>
public sealed class ClientRegistrationTests
{
    private const string RetiredSecret = "retired-secret-for-the-tests-0123456789";
    private const string RotatedMediaSecret = "media-secret-rotated-for-the-tests-0123456789";

    [Fact]
    public async Task Clients_are_seeded_from_configuration_at_each_start_with_hashed_secrets_and_a_removed_client_is_shut_out()
    {
        var settings = IdentitySettings.Create();
        settings["Identity:Clients:retired-api:Secret"] = RetiredSecret;
        settings["Identity:Clients:retired-api:Grants:0"] = GrantTypes.ClientCredentials;
        settings["Identity:Clients:retired-api:Scopes:0"] = Scopes.Internal;
        settings["Identity:Clients:studio:RedirectUris:0"] = "https://studio.aivideo.test/signin-oidc";
        string database;
        await using (var first = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings))
        {
            var client = new IdentityClient(first.CreateClient());
            await IdentityClient.Expect(await ServiceTokenAsync(client, "retired-api", RetiredSecret), HttpStatusCode.OK);
            database = first.DatabaseConnectionString;

            await using var db = new IdentityContext(new DbContextOptionsBuilder<IdentityContext>().UseNpgsql(database).Options);
            var applications = await db.Set<OpenIddictEntityFrameworkCoreApplication<Guid>>().AsNoTracking().ToListAsync();
            applications.Select(a => a.ClientId).Should().BeEquivalentTo(["gateway", "media-api", "generation-api", "operator", "retired-api", "studio"]);
            applications.Where(a => a.ClientId != "studio").Should().AllSatisfy(a =>
            {
                a.ClientType.Should().Be("confidential");
                a.ClientSecret.Should().NotBeNullOrEmpty().And.NotContain("secret-for-the-tests", "secrets are stored hashed");
            });
            var studio = applications.Single(a => a.ClientId == "studio");
            studio.ClientType.Should().Be("public");
            studio.ClientSecret.Should().BeNull();
            studio.RedirectUris.Should().Contain("https://studio.aivideo.test/signin-oidc");
        }

        settings.Remove("Identity:Clients:retired-api:Secret");
        settings.Remove("Identity:Clients:retired-api:Grants:0");
        settings.Remove("Identity:Clients:retired-api:Scopes:0");
        settings["Identity:Clients:media-api:Secret"] = RotatedMediaSecret;
        settings[$"ConnectionStrings:{ResourceNames.IdentityDatabase}"] = database;
        await using var second = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings);
        var restarted = new IdentityClient(second.CreateClient());

        var retired = await ServiceTokenAsync(restarted, "retired-api", RetiredSecret);
        retired.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a client no longer configured is deleted at start-up");
        (await IdentityClient.JsonAsync(retired)).GetProperty("error").GetString().Should().Be("invalid_client");
        (await ServiceTokenAsync(restarted, "media-api", IdentitySettings.MediaSecret)).StatusCode.Should().Be(HttpStatusCode.Unauthorized,
            "a rotated secret replaces the old one");
        await IdentityClient.Expect(await ServiceTokenAsync(restarted, "media-api", RotatedMediaSecret), HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> ServiceTokenAsync(IdentityClient client, string clientId, string secret) =>
        client.TokenAsync(new() { ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = Scopes.Internal }, (clientId, secret));
}
