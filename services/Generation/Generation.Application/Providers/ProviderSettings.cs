namespace AiVideo.Generation.Application.Providers;

/// <summary>
/// One provider's settings (section <c>Generation:Providers:{name}</c>): how many of its jobs an instance runs at once,
/// the models it answers to (the first is its default), and the videos it makes (frame sizes, length range).
/// </summary>
public sealed class ProviderSettings
{
    /// <summary>Jobs of this provider one instance runs at once (0: the machine's cores).</summary>
    public int MaxConcurrency { get; set; }

    public List<string> Models { get; set; } = [];

    /// <summary>Frame sizes of videos, as <c>WIDTHxHEIGHT</c>.</summary>
    public List<string> VideoSizes { get; set; } = [];

    public double MinSeconds { get; set; } = 1;

    public double MaxSeconds { get; set; } = 120;
}
