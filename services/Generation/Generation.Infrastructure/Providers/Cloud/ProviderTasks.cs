using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>What is done with a provider task nobody waits for any more.</summary>
internal static class ProviderTasks
{
    /// <summary>How long asking a provider to stop a task may take.</summary>
    public static readonly TimeSpan CancelTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Asks the provider to stop a task whose job was cancelled or that ran past its time (so it is not billed for work
    /// nobody takes): <paramref name="method"/> <paramref name="path"/> on its API, once, within <see cref="CancelTimeout"/>,
    /// whatever the job's own cancellation; a refusal or no answer changes nothing (the provider ends the task itself).
    /// </summary>
    public static async Task CancelAsync(ProviderClient client, HttpMethod method, string path)
    {
        using var timeout = new CancellationTokenSource(CancelTimeout);
        try
        {
            using var request = new HttpRequestMessage(method, path);
            using var response = await client.Http.SendAsync(request, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or BrokenCircuitException or TimeoutRejectedException)
        {
            // Best effort: the task ends at the provider on its own.
        }
    }

    /// <summary>Whether a failure means the task was abandoned (the job cancelled, or the task over its time) rather than failed at the provider.</summary>
    public static bool Abandoned(Exception exception) =>
        exception is OperationCanceledException || exception is MediaProcessingException { Code: MediaErrorCodes.TimedOut };
}
