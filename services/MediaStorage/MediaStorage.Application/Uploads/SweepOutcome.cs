namespace AiVideo.MediaStorage.Application.Uploads;

/// <summary>What one sweep did: how many expired uploads it removed, and the uploads it failed on and put off.</summary>
public sealed record SweepOutcome(int Removed, IReadOnlyList<SweepFailure> Failures);
