using System.Runtime.CompilerServices;

namespace AiVideo.Webhooks.FunctionalTests;

/// <summary>
/// This test process hosts many servers at once (identity-api, webhooks-api replicas, the receiver) and starts hosts
/// synchronously (<c>WebApplicationFactory</c>). With the default minimum of one pool thread per core, work that arrives
/// while threads are blocked waits for the pool to grow (about one thread a second); a higher minimum keeps a delivery
/// attempt's answer from waiting on that on a 2-core machine.
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
