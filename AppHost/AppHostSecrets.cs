using System.Security.Cryptography;
using System.Text.Json;

namespace AiVideo.AppHost;

/// <summary>
/// The secrets a local run needs (identity-api's key-encryption key, each service's client secret, the key the
/// filesystem storage signs its URLs with), generated on first
/// use and kept in the data directory, so that signing keys stored in the database stay readable from run to run.
/// In Kubernetes the same values come from Secrets.
/// </summary>
public sealed record AppHostSecrets(string SigningKeyEncryptionKey, Dictionary<string, string> ClientSecrets, string? StorageSigningKey = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<AppHostSecrets> LoadOrCreateAsync(string dataDirectory, IEnumerable<string> clients)
    {
        var path = Path.Combine(dataDirectory, "secrets.json");
        var secrets = File.Exists(path)
            ? JsonSerializer.Deserialize<AppHostSecrets>(await File.ReadAllTextAsync(path), Json)!
            : new AppHostSecrets(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), []);
        var added = false;
        if (secrets.StorageSigningKey is null)
        {
            secrets = secrets with { StorageSigningKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) };
            added = true;
        }
        foreach (var client in clients.Where(c => !secrets.ClientSecrets.ContainsKey(c)))
        {
            secrets.ClientSecrets[client] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            added = true;
        }
        if (added || !File.Exists(path))
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(secrets, Json));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return secrets;
    }
}
