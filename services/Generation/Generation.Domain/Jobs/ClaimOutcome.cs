namespace AiVideo.Generation.Domain.Jobs;

/// <summary>What claiming a job came to: the worker holds it now, or its earlier workers died so often that it failed instead.</summary>
public enum ClaimOutcome
{
    Claimed,
    Exhausted,
}
