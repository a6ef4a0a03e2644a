namespace AiVideo.Generation.FunctionalTests.LocalProviders;

/// <summary>An <see cref="IProgress{T}"/> that records reports as they are made (<see cref="Progress{T}"/> posts them to the thread pool, out of order).</summary>
public sealed class SynchronousProgress(Action<MediaProgress> report) : IProgress<MediaProgress>
{
    private readonly Lock _lock = new();

    public void Report(MediaProgress value)
    {
        lock (_lock)
        {
            report(value);
        }
    }
}
