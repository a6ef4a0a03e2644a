namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>Section <c>Webhooks:Inbound</c>: limits on provider callbacks.</summary>
public sealed class InboundOptions
{
    /// <summary>How far a callback's signed timestamp may be from now, either way, before it is refused as stale.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest callback body accepted (larger ones are 413).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
