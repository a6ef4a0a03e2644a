using System.Globalization;

namespace AiVideo.EndToEnd.Tests.Support;

/// <summary>What ffprobe says about a file or URL: its container's duration and its streams.</summary>
public sealed record ProbedMedia(double DurationSeconds, IReadOnlyList<ProbedStream> Streams)
{
    public ProbedStream Video => Streams.Single(s => s.Type == "video");

    public ProbedStream Audio => Streams.Single(s => s.Type == "audio");

    public static async Task<ProbedMedia> OfAsync(string pathOrUrl)
    {
        var (output, _) = await MediaTool.RunAsync("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", pathOrUrl);
        var root = JsonDocument.Parse(output).RootElement;
        var streams = root.GetProperty("streams").EnumerateArray()
            .Select(s => new ProbedStream(Text(s, "codec_type") ?? "", Text(s, "codec_name") ?? "", (int)(Number(s, "width") ?? 0), (int)(Number(s, "height") ?? 0)))
            .ToList();
        return new ProbedMedia(Number(root.GetProperty("format"), "duration") ?? 0, streams);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;

    private static double? Number(JsonElement element, string name) =>
        Text(element, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>One stream: audio or video, its codec and, for video, its picture size.</summary>
public sealed record ProbedStream(string Type, string Codec, int Width, int Height);
