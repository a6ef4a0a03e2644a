namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>
/// Wakes a provider task's poll when the provider's callback for it arrives (webhooks-api verified it and published
/// <c>ProviderCallbackReceived</c>), so that a finished task is seen at once instead of at the next poll. Callbacks are
/// matched by the provider's job id. A callback consumed by another instance wakes nothing here: the poll finds the
/// result on its own, which is why polling stays the fallback.
/// </summary>
public sealed class ProviderCallbacks : IProviderCallbackSignal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Watch> _watches = new(StringComparer.Ordinal);

    /// <summary>Starts watching for callbacks about <paramref name="providerJobId"/> until the watch is disposed (polls of one job share a watch).</summary>
    public Watch Follow(string providerJobId)
    {
        lock (_gate)
        {
            if (!_watches.TryGetValue(providerJobId, out var watch))
            {
                _watches[providerJobId] = watch = new Watch(this, providerJobId);
            }
            watch.Users++;
            return watch;
        }
    }

    /// <summary>A callback about <paramref name="providerJobId"/> arrived.</summary>
    public void Signal(string providerJobId)
    {
        Watch? watch;
        lock (_gate)
        {
            _watches.TryGetValue(providerJobId, out watch);
        }
        watch?.Fire();
    }

    private void Release(Watch watch)
    {
        lock (_gate)
        {
            if (--watch.Users == 0)
            {
                _watches.Remove(watch.ProviderJobId);
            }
        }
    }

    /// <summary>Callbacks about one provider job: <see cref="Next"/> completes at the first callback after it was read.</summary>
    public sealed class Watch : IDisposable
    {
        private readonly ProviderCallbacks _owner;
        private readonly Lock _lock = new();
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Watch(ProviderCallbacks owner, string providerJobId) => (_owner, ProviderJobId) = (owner, providerJobId);

        public string ProviderJobId { get; }

        /// <summary>How many polls share this watch (guarded by the owner's lock).</summary>
        internal int Users { get; set; }

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

        /// <summary>Ends one poll's following (each poll that followed disposes once; the last one removes the watch).</summary>
        public void Dispose() => _owner.Release(this);
    }
}
