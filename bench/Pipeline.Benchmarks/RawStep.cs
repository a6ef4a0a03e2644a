namespace AiVideo.Benchmarks.Pipeline;

/// <summary>One row generation-raw.sh printed: a phase and its wall seconds (or the final video's length).</summary>
public sealed record RawStep(string Step, string Value);
