namespace AiVideo.Testing;

/// <summary>The repository the tests run from (the folder holding AiVideo.sln).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiVideo.sln")))
            {
                return directory.FullName;
            }
        }
        return Environment.CurrentDirectory;
    }
}
