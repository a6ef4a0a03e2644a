namespace AiVideo.Identity.FunctionalTests;

public sealed class RestartTests
{
    [Fact]
    public async Task Tokens_and_refresh_tokens_issued_before_a_restart_still_work_after_it()
    {
        var settings = IdentitySettings.Create();
        AuthResult issued;
        string database;
        await using (var before = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings))
        {
            issued = await new IdentityClient(before.CreateClient()).RegisterAsync();
            database = before.DatabaseConnectionString;
        }

        settings[$"ConnectionStrings:{ResourceNames.IdentityDatabase}"] = database;
        await using var after = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings);
        var client = new IdentityClient(after.CreateClient());

        await IdentityClient.Expect(await client.GetAsync("/api/auth/profile", issued.AccessToken), HttpStatusCode.OK);
        await IdentityClient.Expect(await client.RefreshAsync(issued.RefreshToken), HttpStatusCode.OK);
        var keys = await IdentityClient.JsonAsync(await client.GetAsync("/.well-known/jwks.json"));
        keys.GetProperty("keys").GetArrayLength().Should().Be(1, "the restarted service reused the stored key instead of making a new one");
    }

    [Fact]
    public async Task Signing_keys_are_stored_encrypted_and_useless_without_the_configured_key()
    {
        var settings = IdentitySettings.Create();
        await using var app = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings);
        await new IdentityClient(app.CreateClient()).RegisterAsync();

        await using var db = new IdentityContext(new DbContextOptionsBuilder<IdentityContext>().UseNpgsql(app.DatabaseConnectionString).Options);
        var stored = await db.SigningKeys.SingleAsync();
        var protectedBytes = stored.EncryptedPrivateKey;
        var asText = System.Text.Encoding.ASCII.GetString(protectedBytes);
        asText.Should().NotContain("PRIVATE KEY");
        var plain = () => System.Security.Cryptography.RSA.Create().ImportPkcs8PrivateKey(protectedBytes, out _);
        plain.Should().Throw<System.Security.Cryptography.CryptographicException>("the stored bytes are ciphertext, not a PKCS#8 key");

        settings["Identity:SigningKeys:EncryptionKey"] = IdentitySettings.NewEncryptionKey();
        settings[$"ConnectionStrings:{ResourceNames.IdentityDatabase}"] = app.DatabaseConnectionString;
        await using var wrongKey = await ServiceApp<IdentityApi>.CreateAsync(ResourceNames.IdentityDatabase, settings);
        var start = () => wrongKey.CreateClient();
        start.Should().Throw<InvalidOperationException>("a different key-encryption key cannot read the signing keys")
            .WithMessage("*cannot be decrypted: Identity:SigningKeys:EncryptionKey is not the key it was stored with*");
    }
}
