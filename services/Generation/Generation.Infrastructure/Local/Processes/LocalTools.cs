namespace AiVideo.Generation.Infrastructure.Local.Processes;

/// <summary>The absolute paths of the tools the local providers run, resolved once from <see cref="LocalMediaOptions"/>.</summary>
internal sealed class LocalTools
{
    public LocalTools(IOptions<LocalMediaOptions> options)
    {
        var settings = options.Value;
        Ffmpeg = Require(InFolder(settings.FfmpegFolder, "ffmpeg"));
        Ffprobe = Require(InFolder(settings.FfmpegFolder, "ffprobe"));
        Espeak = Require(settings.EspeakPath);
    }

    public string Ffmpeg { get; }

    public string Ffprobe { get; }

    public string Espeak { get; }

    public static string InFolder(string folder, string tool) => string.IsNullOrWhiteSpace(folder) ? tool : Path.Combine(folder, tool);

    /// <summary>The absolute path of an executable given as a path or as a name on <c>PATH</c>; null when there is none.</summary>
    public static string? Locate(string nameOrPath)
    {
        if (string.IsNullOrWhiteSpace(nameOrPath))
        {
            return null;
        }
        if (nameOrPath.Contains(Path.DirectorySeparatorChar))
        {
            return IsExecutable(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        }
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, nameOrPath)).FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

    private static string Require(string nameOrPath) => Locate(nameOrPath) ?? throw new MediaProcessingException(
        MediaErrorCodes.ToolMissing, $"'{nameOrPath}' was not found or is not executable.", retryable: false);
}
