using System.Text;

namespace AiVideo.Generation.Infrastructure.Local.Captions;

/// <summary>Writes caption cues as WebVTT (for players) and SRT (for ffmpeg's subtitles filter and editors).</summary>
internal static class SubtitleFormats
{
    public static string WebVtt(IReadOnlyList<CaptionCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            text.Append(CultureInfo.InvariantCulture, $"{cue.Index}\n{Time(cue.StartSeconds, '.')} --> {Time(cue.EndSeconds, '.')}\n")
                .Append(cue.Text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                    .Replace(">", "&gt;", StringComparison.Ordinal))
                .Append("\n\n");
        }
        return text.ToString();
    }

    public static string Srt(IReadOnlyList<CaptionCue> cues)
    {
        var text = new StringBuilder();
        foreach (var cue in cues)
        {
            text.Append(CultureInfo.InvariantCulture, $"{cue.Index}\n{Time(cue.StartSeconds, ',')} --> {Time(cue.EndSeconds, ',')}\n{cue.Text}\n\n");
        }
        return text.ToString();
    }

    /// <summary><c>HH:MM:SS.mmm</c> (WebVTT) or <c>HH:MM:SS,mmm</c> (SRT).</summary>
    public static string Time(double seconds, char separator)
    {
        var milliseconds = (long)Math.Round(seconds * 1000);
        return string.Create(CultureInfo.InvariantCulture,
            $"{milliseconds / 3_600_000:00}:{milliseconds / 60_000 % 60:00}:{milliseconds / 1000 % 60:00}{separator}{milliseconds % 1000:000}");
    }
}
