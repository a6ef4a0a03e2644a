using AiVideo.Webhooks.Infrastructure.Secrets;

namespace AiVideo.Webhooks.UnitTests;

public sealed class SecretProtectorTests
{
    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static AesGcmSecretProtector Protector(string key, params string[] previous) =>
        new(Options.Create(new SecretProtectionOptions { EncryptionKey = key, PreviousEncryptionKeys = [.. previous] }));

    [Fact]
    public void A_protected_secret_is_not_the_secret_and_unprotects_to_it_for_its_endpoint()
    {
        var protector = Protector(NewKey());
        var secret = SigningSecret.New();
        var endpointId = Guid.NewGuid();

        var stored = protector.Protect(secret, endpointId);

        stored.AsSpan().IndexOf(secret.Key).Should().Be(-1);
        protector.Unprotect(stored, endpointId).Value.Should().Be(secret.Value);
        protector.Protect(secret, endpointId).Should().NotEqual(stored, "every encryption takes a new nonce");
    }

    [Fact]
    public void A_protected_secret_does_not_unprotect_for_another_endpoint_or_when_tampered_with()
    {
        var protector = Protector(NewKey());
        var endpointId = Guid.NewGuid();
        var stored = protector.Protect(SigningSecret.New(), endpointId);
        var tampered = (byte[])stored.Clone();
        tampered[^1] ^= 1;

        var otherEndpoint = () => protector.Unprotect(stored, Guid.NewGuid());
        var changed = () => protector.Unprotect(tampered, endpointId);

        otherEndpoint.Should().Throw<CryptographicException>();
        changed.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void After_the_key_is_replaced_secrets_under_a_previous_key_still_unprotect_and_unknown_keys_say_so()
    {
        var oldKey = NewKey();
        var endpointId = Guid.NewGuid();
        var secret = SigningSecret.New();
        var stored = Protector(oldKey).Protect(secret, endpointId);

        Protector(NewKey(), oldKey).Unprotect(stored, endpointId).Value.Should().Be(secret.Value);
        var lost = () => Protector(NewKey()).Unprotect(stored, endpointId);
        lost.Should().Throw<CryptographicException>().WithMessage("*Webhooks:Secrets:EncryptionKey*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("c2hvcnQ=")]
    public void A_missing_or_wrong_sized_key_is_reported_when_a_secret_is_first_needed(string key)
    {
        var protector = Protector(key);

        var protect = () => protector.Protect(SigningSecret.New(), Guid.NewGuid());

        protect.Should().Throw<InvalidOperationException>().WithMessage("*Webhooks:Secrets:EncryptionKey*256-bit*");
    }

    [Fact]
    public void Signing_secrets_are_whsec_and_base64_of_24_to_64_bytes()
    {
        var secret = SigningSecret.New();

        secret.Value.Should().StartWith("whsec_");
        Convert.FromBase64String(secret.Value["whsec_".Length..]).Should().HaveCount(32).And.Equal(secret.Key);
        SigningSecret.TryParse(secret.Value, out var parsed).Should().BeTrue();
        parsed.Key.Should().Equal(secret.Key);
        SigningSecret.TryParse("whsec_" + Convert.ToBase64String(new byte[24]), out _).Should().BeTrue();
        SigningSecret.TryParse("whsec_" + Convert.ToBase64String(new byte[16]), out _).Should().BeFalse();
        SigningSecret.TryParse(Convert.ToBase64String(new byte[32]), out _).Should().BeFalse();
        secret.ToString().Should().NotContain(secret.Value["whsec_".Length..]);
    }
}
