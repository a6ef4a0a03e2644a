namespace AiVideo.Gateway.Forwarding;

/// <summary>
/// Cancels a forwarded request when the upstream stays silent longer than the cluster's activity timeout; every chunk
/// moved in either direction restarts the clock. Also cancelled when the client goes away.
/// </summary>
internal sealed class ActivityTimer : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _clientAborted;
    private readonly TimeSpan _timeout;

    public ActivityTimer(TimeSpan timeout, CancellationToken clientAborted)
    {
        _timeout = timeout;
        _clientAborted = clientAborted;
        _source = CancellationTokenSource.CreateLinkedTokenSource(clientAborted);
        _source.CancelAfter(timeout);
    }

    public CancellationToken Token => _source.Token;

    public bool TimedOut => _source.IsCancellationRequested && !_clientAborted.IsCancellationRequested;

    public bool ClientAborted => _clientAborted.IsCancellationRequested;

    public void Restart()
    {
        if (!_source.IsCancellationRequested)
        {
            _source.CancelAfter(_timeout);
        }
    }

    public void Dispose() => _source.Dispose();
}
