using System.Collections.Concurrent;

namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// Wakes a provider task's poll when the provider's callback for it arrives (webhooks-api verified it and published
/// <c>ProviderCallbackReceived</c>), so that a finished task is seen at once instead of at the next poll. Callbacks are
/// matched by the provider's job id. A callback consumed by another instance wakes nothing here: the poll finds the
/// result on its own, which is why polling stays the fallback.
/// </summary>
public sealed class ProviderCallbacks : IProviderCallbackSignal
{
    private readonly ConcurrentDictionary<string, Watch> _watches = new(StringComparer.Ordinal);

    /// <summary>Starts watching for callbacks about <paramref name="providerJobId"/> until the watch is disposed.</summary>
    public Watch Follow(string providerJobId) => _watches.AddOrUpdate(providerJobId, id => new Watch(this, id), (_, existing) => existing.Share());

    /// <summary>A callback about <paramref name="providerJobId"/> arrived.</summary>
    public void Signal(string providerJobId)
    {
        if (_watches.TryGetValue(providerJobId, out var watch))
        {
            watch.Fire();
        }
    }

    private void Forget(Watch watch) => _watches.TryRemove(new KeyValuePair<string, Watch>(watch.ProviderJobId, watch));

    /// <summary>Callbacks about one provider job: <see cref="Next"/> completes at the first callback after it was read.</summary>
    public sealed class Watch : IDisposable
    {
        private readonly ProviderCallbacks _owner;
        private readonly Lock _lock = new();
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _users = 1;

        internal Watch(ProviderCallbacks owner, string providerJobId) => (_owner, ProviderJobId) = (owner, providerJobId);

        public string ProviderJobId { get; }

        /// <summary>A task that completes when the next callback arrives (read it before looking at the task, so none is missed).</summary>
        public Task Next
        {
            get
            {
                lock (_lock)
                {
                    return _next.Task;
                }
            }
        }

        internal Watch Share()
        {
            lock (_lock)
            {
                _users++;
            }
            return this;
        }

        internal void Fire()
        {
            TaskCompletionSource fired;
            lock (_lock)
            {
                fired = _next;
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            fired.TrySetResult();
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (--_users > 0)
                {
                    return;
                }
            }
            _owner.Forget(this);
        }
    }
}
