namespace AiVideo.Generation.Infrastructure.Local.Speech;

/// <summary>
/// The arithmetic of fitting narration into its scene: a short silence before the voice and a pause after it, the
/// window left for speaking, and the speech rate that makes a too-long reading fit that window.
/// </summary>
internal static class SpeechFitting
{
    /// <summary>Silence before the voice: 0.15 s, less in very short scenes.</summary>
    public static double LeadIn(double targetSeconds) => Math.Min(0.15, targetSeconds * 0.05);

    /// <summary>Pause after the voice, before the next scene: 0.25 s, less in very short scenes.</summary>
    public static double Tail(double targetSeconds) => Math.Min(0.25, targetSeconds * 0.08);

    public static double Window(double targetSeconds) => targetSeconds - LeadIn(targetSeconds) - Tail(targetSeconds);

    /// <summary>
    /// The rate (words per minute) to speak at so that speech lasting <paramref name="naturalSeconds"/> at
    /// <paramref name="baseRate"/> fits <paramref name="windowSeconds"/>: the base rate when it already fits, else
    /// proportionally faster with a 4% margin (espeak-ng's pauses do not shrink exactly with the rate), at most <paramref name="maxRate"/>.
    /// </summary>
    public static int Rate(double naturalSeconds, double windowSeconds, int baseRate, int maxRate)
    {
        if (naturalSeconds <= windowSeconds)
        {
            return baseRate;
        }
        var needed = (int)Math.Ceiling(baseRate * naturalSeconds / windowSeconds * 1.04);
        return Math.Min(maxRate, Math.Max(baseRate + 1, needed));
    }
}
