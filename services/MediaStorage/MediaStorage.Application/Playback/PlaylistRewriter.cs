using System.Text;
using System.Text.RegularExpressions;

namespace AiVideo.MediaStorage.Application.Playback;

/// <summary>
/// Rewrites an HLS playlist so a player can follow it without credentials: every URI in it (a line of its own, or a
/// <c>URI="..."</c> attribute of a tag such as <c>EXT-X-MEDIA</c>, <c>EXT-X-MAP</c> or <c>EXT-X-KEY</c>) is resolved
/// against the playlist's folder; other playlists get a signed link through the playlist route, everything else
/// (segments, init sections) a presigned storage URL. Absolute URIs are left alone; a URI leaving the ladder's folder
/// makes the playlist unusable (null).
/// </summary>
public static partial class PlaylistRewriter
{
    /// <param name="playlist">The playlist's text.</param>
    /// <param name="path">Where the playlist is, relative to the ladder's folder (<c>master.m3u8</c>, <c>720p/index.m3u8</c>).</param>
    /// <param name="playlistLink">A link for a referenced playlist, given the URI as written and its path in the ladder.</param>
    /// <param name="objectUrl">A URL for any other referenced object, given its path in the ladder.</param>
    public static string? Rewrite(string playlist, string path, Func<string, string, string> playlistLink, Func<string, string> objectUrl)
    {
        var folder = path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : "";
        var output = new StringBuilder(playlist.Length * 2);
        foreach (var rawLine in playlist.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            string? rewritten;
            if (line.Length == 0)
            {
                rewritten = line;
            }
            else if (line.StartsWith('#'))
            {
                var failed = false;
                rewritten = UriAttribute().Replace(line, match =>
                {
                    var target = Map(match.Groups["uri"].Value, folder, playlistLink, objectUrl);
                    failed |= target is null;
                    return $"URI=\"{target}\"";
                });
                if (failed)
                {
                    return null;
                }
            }
            else
            {
                rewritten = Map(line.Trim(), folder, playlistLink, objectUrl);
            }
            if (rewritten is null)
            {
                return null;
            }
            output.Append(rewritten).Append('\n');
        }
        return output.ToString();
    }

    /// <summary>
    /// A path inside the ladder's folder made of the playlist's folder and a relative URI (its query dropped), or null
    /// when it would leave the folder or is not a plain relative path.
    /// </summary>
    public static string? Resolve(string folder, string uri)
    {
        var bare = uri.Split('?', '#')[0];
        if (bare.Length == 0 || bare.StartsWith('/') || bare.Contains('\\') || bare.Contains(':'))
        {
            return null;
        }
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var escaped in bare.Split('/'))
        {
            var part = Uri.UnescapeDataString(escaped);
            if (part != escaped && (part.Contains('/') || part.Contains('\\') || part is "." or ".."))
            {
                return null; // an escaped separator or dot segment: never a file of the ladder
            }
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static string? Map(string uri, string folder, Func<string, string, string> playlistLink, Func<string, string> objectUrl)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return uri;
        }
        var target = Resolve(folder, uri);
        if (target is null)
        {
            return null;
        }
        return target.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase) ? playlistLink(uri.Split('?', '#')[0], target) : objectUrl(target);
    }

    [GeneratedRegex("URI=\"(?<uri>[^\"]*)\"")]
    private static partial Regex UriAttribute();
}
