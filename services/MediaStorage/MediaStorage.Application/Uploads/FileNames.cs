namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>
/// A file name is only a label (keys never use it): 1 to 255 characters, no path separators, no control characters,
/// not "." or "..". A name that looks like a path is refused rather than silently cut down.
/// </summary>
public static class FileNames
{
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "A file name is required.";
        }
        if (name.Length > StoredFile.MaxFileNameLength)
        {
            return $"A file name has at most {StoredFile.MaxFileNameLength} characters.";
        }
        if (name.Contains('/') || name.Contains('\\') || name.Trim() is "." or "..")
        {
            return "A file name may not be a path: no '/', '\\', '.' or '..'.";
        }
        if (name.Any(char.IsControl))
        {
            return "A file name may not contain control characters.";
        }
        return null;
    }
}
