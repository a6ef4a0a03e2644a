namespace AiVideo.Generation.Application.Media;

/// <summary>Maps a step's own 0–100 progress into a slice [<paramref name="from"/>, <paramref name="to"/>] of a larger operation's progress.</summary>
public sealed class ProgressRange(IProgress<MediaProgress>? target, double from, double to) : IProgress<MediaProgress>
{
    public void Report(MediaProgress value) =>
        target?.Report(value with { Percent = from + (to - from) * Math.Clamp(value.Percent, 0, 100) / 100 });
}
