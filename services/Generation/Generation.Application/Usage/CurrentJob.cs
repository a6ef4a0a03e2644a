using AiVideo.Generation.Application.Jobs;

namespace AiVideo.Generation.Application.Usage;

/// <summary>
/// The job the current async flow runs (set by <see cref="RunJob"/> around its handler), so that provider adapters deep
/// below the ports record their calls against the job and its company without every port carrying them.
/// </summary>
public static class CurrentJob
{
    private static readonly AsyncLocal<ClaimedJob?> Running = new();

    public static ClaimedJob? Value => Running.Value;

    /// <summary>Marks <paramref name="job"/> as running until the returned scope is disposed.</summary>
    public static IDisposable Enter(ClaimedJob job)
    {
        var previous = Running.Value;
        Running.Value = job;
        return new Scope(previous);
    }

    private sealed class Scope(ClaimedJob? previous) : IDisposable
    {
        public void Dispose() => Running.Value = previous;
    }
}
