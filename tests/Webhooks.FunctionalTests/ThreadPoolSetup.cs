using System.Runtime.CompilerServices;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// This test process hosts many servers at once (identity-api, webhooks-api replicas, the receiver) and starts hosts
/// synchronously (<c>WebApplicationFactory</c>); with the default minimum of one thread per core, their continuations
/// would queue behind blocked threads for seconds on a 2-core machine, long enough to time out a delivery attempt.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
