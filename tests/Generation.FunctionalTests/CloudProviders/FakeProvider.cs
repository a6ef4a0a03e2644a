using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// A provider's API faked by WireMock.Net on a loopback port of its own; each test sets the answers it needs, with
/// WireMock's own builders or as a script of answers per route (<see cref="On"/>), and reads back what it received.
/// </summary>
public sealed class FakeProvider : IDisposable
{
    private int _routes;

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

    /// <summary>The address of a path on the fake (for output URLs it hands out).</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>
    /// From now on <paramref name="method"/> <paramref name="path"/> answers <paramref name="answers"/> one after the other,
    /// the last one from then on; a script given later for the same route replaces the earlier one.
    /// </summary>
    public FakeProvider On(string method, string path, params ProviderAnswer[] answers)
    {
        var route = Interlocked.Increment(ref _routes);
        var priority = 1_000_000 - route; // a later script for the same route wins
        if (answers.Length == 1)
        {
            Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority).RespondWith(answers[0].Response());
            return this;
        }
        var scenario = $"{method} {path} #{route}";
        for (var i = 0; i < answers.Length; i++)
        {
            var given = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority).InScenario(scenario);
            if (i > 0)
            {
                given = given.WhenStateIs($"{i}");
            }
            // The last answer keeps the scenario where it is (a step without a next state would start it over).
            given.WillSetStateTo($"{Math.Min(i + 1, answers.Length - 1)}").RespondWith(answers[i].Response());
        }
        return this;
    }

    /// <summary>The requests received for a route, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Received(string method, string path) =>
        [.. Requests(path).Select(e => e.RequestMessage).Where(r => r.Method == method)];

    public void Reset() => Server.Reset();

    public void Dispose() => Server.Stop();

    /// <summary>A header of a received request (names ignore case), or null.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The JSON body of a received request.</summary>
    public static JsonElement Json(IRequestMessage request) => JsonDocument.Parse(request.Body ?? "null").RootElement.Clone();
}
