using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>A provider's API faked by WireMock.Net on a loopback port of its own; each test sets the answers it needs.</summary>
public sealed class FakeProvider : IDisposable
{
    public FakeProvider()
    {
        var port = LocalPorts.GetFree();
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"], StartAdminInterface = false });
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public WireMockServer Server { get; }

    public Uri Address { get; }

    /// <summary>The requests received on <paramref name="path"/> (all paths when null), in order.</summary>
    public IReadOnlyList<ILogEntry> Requests(string? path = null) =>
        [.. Server.LogEntries.Where(e => path is null || e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime)];

    public void Reset() => Server.Reset();

    public void Dispose() => Server.Stop();
}
