using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiVideo.AppHost.Local;

/// <summary>
/// The secrets a local run needs (identity-api's key-encryption key, each client's secret, the key the filesystem storage
/// signs its URLs with), generated on first use and kept in the data directory with owner-only permissions, so that
/// signing keys stored in the database stay readable from run to run. They reach the services as Aspire secret
/// parameters; a value configured as <c>Parameters:&lt;name&gt;</c> wins. In Kubernetes the same values come from Secrets.
/// </summary>
public static class LocalSecrets
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>A secret of 256 random bits as lowercase hex.</summary>
    public static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>A key of 256 random bits as base64.</summary>
    public static string Base64Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Fills <c>Parameters:&lt;name&gt;</c> for each secret not configured, from the secrets file (new ones are generated and kept).</summary>
    public static void Provide(IConfiguration configuration, string dataDirectory, IReadOnlyDictionary<string, Func<string>> secrets)
    {
        var path = Path.Combine(dataDirectory, "secrets.json");
        var stored = File.Exists(path) ? Read(File.ReadAllText(path)) : [];
        var added = false;
        foreach (var (name, generate) in secrets)
        {
            if (!string.IsNullOrEmpty(configuration[$"Parameters:{name}"]))
            {
                continue;
            }
            if (!stored.TryGetValue(name, out var value))
            {
                stored[name] = value = generate();
                added = true;
            }
            configuration[$"Parameters:{name}"] = value;
        }
        if (added)
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(path, JsonSerializer.Serialize(stored, Json));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    /// <summary>Reads the file, including the shape the AppHost before Aspire wrote (so existing local data stays readable).</summary>
    private static Dictionary<string, string> Read(string json)
    {
        var node = JsonNode.Parse(json)?.AsObject() ?? [];
        var secrets = new Dictionary<string, string>();
        foreach (var (name, value) in node)
        {
            switch (name)
            {
                case "signingKeyEncryptionKey":
                    secrets[SecretNames.SigningKeyEncryptionKey] = value!.GetValue<string>();
                    break;
                case "storageSigningKey":
                    secrets[SecretNames.StorageSigningKey] = value!.GetValue<string>();
                    break;
                case "clientSecrets":
                    foreach (var (client, secret) in value!.AsObject())
                    {
                        secrets[SecretNames.ClientSecret(client)] = secret!.GetValue<string>();
                    }
                    break;
                default:
                    secrets[name] = value!.GetValue<string>();
                    break;
            }
        }
        return secrets;
    }
}
