namespace AiVideo.Generation.Infrastructure.Local.Captions;

/// <summary>
/// Breaks timed narration into caption lines of at most <see cref="MaxLineLength"/> characters (preferring to end a
/// line at the end of a sentence) and gives each line a share of its segment's time in proportion to its length, so a
/// line is on screen while it is being spoken. Lines of one segment follow each other without gaps or overlaps.
/// </summary>
internal static class CaptionLayout
{
    public const int MaxLineLength = 42;

    public static IReadOnlyList<CaptionCue> Cues(IReadOnlyList<CaptionSegment> segments)
    {
        var cues = new List<CaptionCue>();
        foreach (var segment in segments.OrderBy(s => s.StartSeconds))
        {
            if (string.IsNullOrWhiteSpace(segment.Text) || segment.EndSeconds <= segment.StartSeconds)
            {
                continue;
            }
            var lines = Lines(segment.Text);
            var weights = lines.Select(line => line.Length + 1.0).ToArray();
            var total = weights.Sum();
            var start = segment.StartSeconds;
            var elapsed = 0.0;
            for (var i = 0; i < lines.Count; i++)
            {
                elapsed += weights[i];
                var end = i == lines.Count - 1 ? segment.EndSeconds : segment.StartSeconds + (segment.EndSeconds - segment.StartSeconds) * elapsed / total;
                cues.Add(new CaptionCue(cues.Count + 1, Round(start), Round(end), lines[i]));
                start = end;
            }
        }
        return cues;
    }

    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            var sentenceEnded = current.Length > 0 && current[^1] is '.' or '!' or '?' && current.Length >= MaxLineLength / 2;
            if (current.Length > 0 && (candidate.Length > MaxLineLength || sentenceEnded))
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
