namespace AiVideo.MediaStorage.FunctionalTests;

/// <summary>
/// Holds media-api's next write to storage under a key prefix until the test lets it go, so the test can look at what
/// media-api has committed while the bytes are being stored (as a crash at that moment would leave it). The write itself
/// goes to the real backend.
/// </summary>
public sealed class StorageWriteGate
{
    private readonly Lock _lock = new();
    private (string Prefix, TaskCompletionSource Entered, TaskCompletionSource Release)? _armed;

    /// <summary>Arms the gate: the next PUT under <paramref name="keyPrefix"/> waits; <c>entered</c> completes when it does.</summary>
    public (Task Entered, Action Release) Arm(string keyPrefix)
    {
        var armed = (keyPrefix, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_lock)
        {
            _armed = armed;
        }
        return (armed.Item2.Task, () => armed.Item3.TrySetResult());
    }

    internal async Task PassAsync(string key, CancellationToken cancellationToken)
    {
        (string Prefix, TaskCompletionSource Entered, TaskCompletionSource Release)? armed;
        lock (_lock)
        {
            armed = _armed is { } a && key.StartsWith(a.Prefix, StringComparison.Ordinal) ? a : null;
            if (armed is not null)
            {
                _armed = null;
            }
        }
        if (armed is { } gate)
        {
            gate.Entered.TrySetResult();
            await gate.Release.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
    }
}

/// <summary>The real backend, with its PUTs passing the <see cref="StorageWriteGate"/> first.</summary>
internal sealed class GatedObjectStorage(IObjectStorage inner, StorageWriteGate gate) : IObjectStorage
{
    public Task EnsureReadyAsync(CancellationToken cancellationToken) => inner.EnsureReadyAsync(cancellationToken);

    public async Task<ObjectInfo> PutAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken)
    {
        await gate.PassAsync(key, cancellationToken);
        return await inner.PutAsync(key, content, length, contentType, cancellationToken);
    }

    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken) => inner.HeadAsync(key, cancellationToken);

    public Task<ObjectContent?> GetAsync(string key, ByteRange? range, CancellationToken cancellationToken) => inner.GetAsync(key, range, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

    public PresignedRequest PresignPut(string key, string contentType, long length, DateTimeOffset expiresAt) => inner.PresignPut(key, contentType, length, expiresAt);

    public PresignedRequest PresignGet(string key, DateTimeOffset expiresAt, string? downloadFileName = null) => inner.PresignGet(key, expiresAt, downloadFileName);

    public Task<string> StartMultipartAsync(string key, string contentType, CancellationToken cancellationToken) => inner.StartMultipartAsync(key, contentType, cancellationToken);

    public PresignedRequest PresignPart(string key, string uploadId, int partNumber, long length, DateTimeOffset expiresAt) =>
        inner.PresignPart(key, uploadId, partNumber, length, expiresAt);

    public Task<MultipartCompletion> CompleteMultipartAsync(string key, string uploadId, IReadOnlyList<CompletedPart> parts, CancellationToken cancellationToken) =>
        inner.CompleteMultipartAsync(key, uploadId, parts, cancellationToken);

    public Task AbortMultipartAsync(string key, string uploadId, CancellationToken cancellationToken) => inner.AbortMultipartAsync(key, uploadId, cancellationToken);

    /// <summary>Wraps the registered backend (the last registration of <see cref="IObjectStorage"/>).</summary>
    public static void Decorate(IServiceCollection services, StorageWriteGate gate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IObjectStorage));
        services.Remove(registered);
        services.AddSingleton<IObjectStorage>(provider => new GatedObjectStorage(registered.ImplementationFactory is { } factory
            ? (IObjectStorage)factory(provider)
            : (IObjectStorage)ActivatorUtilities.GetServiceOrCreateInstance(provider, registered.ImplementationType!), gate));
    }
}
