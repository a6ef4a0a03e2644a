using AiVideo.Webhooks.Application.Outbound;
using AiVideo.Webhooks.Infrastructure.Secrets;

namespace AiVideo.Webhooks.UnitTests;

/// <summary>The real AES-GCM protector with a key made for the test.</summary>
internal static class TestProtector
{
    public static ISecretProtector Create() =>
        new AesGcmSecretProtector(Options.Create(new SecretProtectionOptions { EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));
}
