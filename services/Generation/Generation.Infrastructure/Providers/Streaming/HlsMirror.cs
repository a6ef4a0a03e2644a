using System.Text;
using AiVideo.Generation.Application.Providers;
using System.Text.RegularExpressions;
using AiVideo.Generation.Infrastructure.Providers.Cloud;

namespace AiVideo.Generation.Infrastructure.Providers.Streaming;

/// <summary>
/// Copies a streaming provider's HLS ladder into a local folder, in the shape media-api stores beside an upload:
/// <c>master.m3u8</c>, one folder per variant (named by its height, e.g. <c>720p</c>) and per alternative rendition
/// (<c>audio-1</c>) holding <c>index.m3u8</c>, its segments (<c>segment-000.ts</c>) and init sections (<c>init-0.mp4</c>).
/// Every URI, absolute or relative to the playlist naming it, is downloaded and rewritten to its local relative name, so
/// nothing in the copy points back at the provider. I-frame playlists are left out; encrypted ladders (<c>EXT-X-KEY</c>,
/// <c>EXT-X-SESSION-KEY</c>) and byte-range segments are refused. At most <see cref="MaxFiles"/> files and the provider's
/// <see cref="ProviderSettings.MaxDownloadBytes"/> in all are taken.
/// </summary>
internal sealed partial class HlsMirror(ProviderClient client)
{
    public const string MasterPlaylist = "master.m3u8";
    public const string MediaPlaylist = "index.m3u8";
    public const int MaxFiles = 20_000;
    public const int MaxPlaylistBytes = 1024 * 1024;
    private const int ParallelDownloads = 4;

    private static readonly Dictionary<string, string> ExtensionsByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["video/mp2t"] = ".ts",
        ["video/iso.segment"] = ".m4s",
        ["video/mp4"] = ".mp4",
        ["audio/mp4"] = ".mp4",
        ["text/vtt"] = ".vtt",
    };

    private static readonly string[] Extensions = [".ts", ".m4s", ".mp4", ".vtt"];

    private long _bytes;
    private int _files;

    /// <summary>Mirrors the ladder whose master playlist is at <paramref name="master"/> into <paramref name="folder"/> (empty).</summary>
    public async Task<IReadOnlyList<HlsVariant>> MirrorAsync(Uri master, string folder, IProgress<MediaProgress>? progress, CancellationToken cancellationToken)
    {
        var text = await ReadPlaylistAsync(master, cancellationToken);
        if (!text.Contains("#EXT-X-STREAM-INF", StringComparison.Ordinal))
        {
            throw Broken("its playlist is not a master playlist");
        }
        var output = new StringBuilder();
        var variants = new List<HlsVariant>();
        var renditions = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? streamInfo = null;
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("#EXT-X-SESSION-KEY", StringComparison.Ordinal))
            {
                throw Encrypted();
            }
            if (line.StartsWith("#EXT-X-I-FRAME-STREAM-INF", StringComparison.Ordinal) || line.StartsWith("#EXT-X-SESSION-DATA", StringComparison.Ordinal))
            {
                continue;
            }
            if (line.StartsWith("#EXT-X-MEDIA:", StringComparison.Ordinal) && UriAttribute().Match(line) is { Success: true } media)
            {
                var name = Unique(names, $"{(Attribute(line, "TYPE") ?? "media").ToLowerInvariant()}-{++renditions}");
                await MirrorMediaPlaylistAsync(new Uri(master, media.Groups["uri"].Value), Path.Combine(folder, name), cancellationToken);
                output.Append(UriAttribute().Replace(line, $"URI=\"{name}/{MediaPlaylist}\"")).Append('\n');
                continue;
            }
            if (line.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal))
            {
                streamInfo = line;
                output.Append(line).Append('\n');
                continue;
            }
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                if (streamInfo is null)
                {
                    throw Broken("its master playlist names a playlist without EXT-X-STREAM-INF");
                }
                var (width, height) = Resolution(streamInfo);
                var variant = Unique(names, height > 0 ? $"{height}p" : $"v{variants.Count}");
                var playlist = Path.Combine(folder, variant, MediaPlaylist);
                await MirrorMediaPlaylistAsync(Resolve(master, line), Path.Combine(folder, variant), cancellationToken);
                var bandwidth = long.TryParse(Attribute(streamInfo, "AVERAGE-BANDWIDTH") ?? Attribute(streamInfo, "BANDWIDTH"), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var bits) ? bits : 0;
                variants.Add(new HlsVariant(variant, width, height, (int)(bandwidth / 1000), 0, playlist));
                output.Append(variant).Append('/').Append(MediaPlaylist).Append('\n');
                streamInfo = null;
                progress?.Report(new MediaProgress(MediaStages.Transcode, 100.0 * variants.Count / Math.Max(1, CountVariants(text))));
                continue;
            }
            output.Append(line).Append('\n');
        }
        if (variants.Count == 0)
        {
            throw Broken("its master playlist names no variant");
        }
        await File.WriteAllTextAsync(Path.Combine(folder, MasterPlaylist), output.ToString(), cancellationToken);
        return variants;
    }

    private async Task MirrorMediaPlaylistAsync(Uri playlist, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var text = await ReadPlaylistAsync(playlist, cancellationToken);
        var output = new StringBuilder();
        var downloads = new List<(Uri Url, string Path, string Fallback)>();
        var segments = 0;
        var inits = 0;
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("#EXT-X-KEY", StringComparison.Ordinal) && Attribute(line, "METHOD") is not null and not "NONE")
            {
                throw Encrypted();
            }
            if (line.StartsWith("#EXT-X-BYTERANGE", StringComparison.Ordinal) || (line.StartsWith("#EXT-X-MAP", StringComparison.Ordinal) && line.Contains("BYTERANGE=", StringComparison.Ordinal)))
            {
                throw new MediaProcessingException(MediaErrorCodes.ProviderFailed,
                    $"{client.Name}'s HLS could not be copied: its playlist uses byte ranges, which are not copied.", retryable: false);
            }
            if (line.StartsWith("#EXT-X-STREAM-INF", StringComparison.Ordinal))
            {
                throw Broken("a variant's playlist is itself a master playlist");
            }
            if (line.StartsWith("#EXT-X-MAP:", StringComparison.Ordinal) && UriAttribute().Match(line) is { Success: true } map)
            {
                var url = Resolve(playlist, map.Groups["uri"].Value);
                var name = $"init-{inits++}";
                downloads.Add((url, Path.Combine(folder, name), ".mp4"));
                output.Append(UriAttribute().Replace(line, $"URI=\"{name}{ExtensionOf(url, ".mp4")}\"")).Append('\n');
                continue;
            }
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var url = Resolve(playlist, line);
                var name = $"segment-{segments++:000}";
                downloads.Add((url, Path.Combine(folder, name), ".ts"));
                output.Append(name).Append(ExtensionOf(url, ".ts")).Append('\n');
                continue;
            }
            output.Append(line).Append('\n');
        }
        if (segments == 0)
        {
            throw Broken("a variant's playlist has no segments");
        }
        if (Interlocked.Add(ref _files, downloads.Count + 1) > MaxFiles)
        {
            throw new MediaProcessingException(MediaErrorCodes.OutputRefused, $"{client.Name}'s HLS has more than {MaxFiles} files.", retryable: false);
        }
        await Parallel.ForEachAsync(downloads, new ParallelOptions { MaxDegreeOfParallelism = ParallelDownloads, CancellationToken = cancellationToken },
            async (download, token) => await DownloadAsync(download.Url, download.Path + ExtensionOf(download.Url, download.Fallback), token));
        await File.WriteAllTextAsync(Path.Combine(folder, MediaPlaylist), output.ToString(), cancellationToken);
    }

    private async Task<string> ReadPlaylistAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(url, cancellationToken);
        if (response.Content.Headers.ContentLength > MaxPlaylistBytes)
        {
            throw Broken("a playlist is larger than a playlist can be");
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var copy = new MemoryStream();
        await CopyAsync(body, copy, MaxPlaylistBytes, () => Broken("a playlist is larger than a playlist can be"), cancellationToken);
        var text = Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
        if (!text.TrimStart('\uFEFF').StartsWith("#EXTM3U", StringComparison.Ordinal))
        {
            throw Broken("a playlist is not an M3U8 playlist");
        }
        return text;
    }

    private async Task DownloadAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(url, cancellationToken);
        var budget = client.Settings.MaxDownloadBytes - Interlocked.Read(ref _bytes);
        if (response.Content.Headers.ContentLength > budget)
        {
            throw TooLarge();
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await CopyAsync(body, file, long.MaxValue, TooLarge, cancellationToken, counted: true);
    }

    private async Task CopyAsync(Stream source, Stream target, long limit, Func<Exception> tooLarge, CancellationToken cancellationToken, bool counted = false)
    {
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit || (counted && Interlocked.Add(ref _bytes, read) > client.Settings.MaxDownloadBytes))
                {
                    throw tooLarge();
                }
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new MediaProcessingException(MediaErrorCodes.ProviderUnavailable, $"{client.Name}'s HLS could not be downloaded whole.", retryable: true, exception);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.Transfers.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ProviderFailures.FromException(client.Name, exception, client.Settings.TaskTimeout);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ProviderFailures.FromResponseAsync(client.Name, response, cancellationToken);
            }
        }
        return response;
    }

    private Uri Resolve(Uri playlist, string uri)
    {
        if (!Uri.TryCreate(playlist, uri.Trim(), out var url) || url.Scheme is not ("http" or "https"))
        {
            throw Broken("a playlist names something that is not an HTTP address");
        }
        return url;
    }

    /// <summary>The extension a downloaded file keeps: its URL's if media-api stores that kind, else <paramref name="fallback"/>.</summary>
    private static string ExtensionOf(Uri url, string fallback)
    {
        var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        return Extensions.Contains(extension) ? extension : fallback;
    }

    private static int CountVariants(string master) => Lines(master).Count(l => l.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal));

    private static IEnumerable<string> Lines(string text) => text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r'));

    private static (int Width, int Height) Resolution(string streamInfo)
    {
        var value = Attribute(streamInfo, "RESOLUTION")?.Split('x');
        return value is { Length: 2 } && int.TryParse(value[0], CultureInfo.InvariantCulture, out var width) && int.TryParse(value[1], CultureInfo.InvariantCulture, out var height)
            ? (width, height)
            : (0, 0);
    }

    private static string? Attribute(string line, string name)
    {
        var match = Regex.Match(line, $"[:,]{Regex.Escape(name)}=(\"(?<v>[^\"]*)\"|(?<v>[^,]*))");
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static string Unique(HashSet<string> names, string name)
    {
        var unique = name;
        for (var i = 2; !names.Add(unique); i++)
        {
            unique = $"{name}-{i}";
        }
        return unique;
    }

    private MediaProcessingException Broken(string why) =>
        new(MediaErrorCodes.ProviderFailed, $"{client.Name}'s HLS could not be copied: {why}.", retryable: true);

    private MediaProcessingException Encrypted() =>
        new(MediaErrorCodes.ProviderFailed, $"{client.Name}'s HLS is encrypted; only a public, unencrypted ladder can be copied.", retryable: false);

    private MediaProcessingException TooLarge() => new(MediaErrorCodes.OutputRefused,
        $"{client.Name}'s HLS is larger than the {client.Settings.MaxDownloadBytes / (1024 * 1024)} MB taken from it.", retryable: false);

    [GeneratedRegex("URI=\"(?<uri>[^\"]*)\"")]
    private static partial Regex UriAttribute();
}
