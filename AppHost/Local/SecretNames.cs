namespace AiVideo.AppHost.Local;

/// <summary>The names of the AppHost's secret parameters.</summary>
public static class SecretNames
{
    public const string SigningKeyEncryptionKey = "identity-signing-key-encryption-key";

    public const string StorageSigningKey = "storage-signing-key";

    public static string ClientSecret(string client) => $"{client}-client-secret";
}
