namespace AiVideo.Demo;

/// <summary>
/// Keeps the demo account in a JSON file readable by its owner only: <c>.apphost/demo-account.json</c> under the
/// folder the demo runs in (the repository with <c>./run.sh</c>; <c>.apphost/</c> is git-ignored and holds the system's
/// data, so wiping the data wipes the account with it).
/// </summary>
internal sealed class AccountStore(string path)
{
    public const string RelativePath = ".apphost/demo-account.json";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public static AccountStore InWorkingDirectory() => new(RelativePath);

    /// <summary>The stored account, or null when there is none (or the file is not one the demo wrote).</summary>
    public DemoAccount? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        try
        {
            var account = JsonSerializer.Deserialize<DemoAccount>(File.ReadAllText(Path), JsonSerializerOptions.Web);
            return account is { Email.Length: > 0, Password.Length: > 0 } ? account : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(DemoAccount account)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var partial = Path + ".part";
        File.WriteAllText(partial, JsonSerializer.Serialize(account, new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true }));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(partial, Path, overwrite: true);
    }
}
