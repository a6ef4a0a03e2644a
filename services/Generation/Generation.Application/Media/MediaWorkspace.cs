namespace AiVideo.Generation.Application.Media;

/// <summary>
/// A job's private temporary folder: providers read their inputs from it and write their outputs into it. Disposing it
/// deletes the folder and everything in it, whatever happened, so a finished, failed or cancelled job leaves nothing
/// behind. Safe to use from several providers at once (<see cref="NewFile"/> never hands out the same name twice).
/// </summary>
public sealed class MediaWorkspace : IDisposable
{
    private int _files;
    private int _disposed;

    private MediaWorkspace(string path) => Path = path;

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>Creates a new, empty workspace folder under <paramref name="root"/> (created if missing).</summary>
    public static MediaWorkspace Create(string root, string label = "job")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(root), $"{Sanitise(label)}-{Guid.CreateVersion7():N}");
        Directory.CreateDirectory(path);
        return new MediaWorkspace(path);
    }

    /// <summary>A path for a new file in the workspace, e.g. <c>clip-3.mp4</c> for (<c>"clip"</c>, <c>".mp4"</c>).</summary>
    public string NewFile(string prefix, string extension)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return System.IO.Path.Combine(Path, $"{Sanitise(prefix)}-{Interlocked.Increment(ref _files)}{extension}");
    }

    /// <summary>A new, empty sub-folder (for outputs made of many files, such as an HLS ladder).</summary>
    public string NewFolder(string prefix)
    {
        var path = NewFile(prefix, "");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes the folder and its contents; a second call does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        for (var attempt = 1; Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A file still held open elsewhere; never throw from Dispose (it may run while another exception unwinds).
                if (attempt >= 5)
                {
                    return;
                }
                Thread.Sleep(20 * attempt);
            }
        }
    }

    private static string Sanitise(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return safe.Length == 0 ? "file" : safe;
    }
}
