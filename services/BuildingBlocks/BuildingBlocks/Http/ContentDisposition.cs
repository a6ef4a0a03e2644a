using System.Text;

namespace AiVideo.BuildingBlocks.Http;

/// <summary>A download's Content-Disposition with the file's name, ASCII-safe with the full name in RFC 5987 form.</summary>
public static class ContentDisposition
{
    public static string Attachment(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            ascii.Append(c is >= ' ' and < (char)127 and not ('"' or '\\' or ';' or '%') ? c : '_');
        }
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
