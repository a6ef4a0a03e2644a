using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AiVideo.Generation.FunctionalTests.CloudProviders;

/// <summary>
/// A cloud provider played by WireMock.Net on a port of 127.0.0.1: each route answers a script of answers in order (the
/// last one again for every later call), and every request it received can be read back (method, path, headers, body).
/// </summary>
public sealed class ProviderFake : IDisposable
{
    private readonly WireMockServer _server;
    private int _routes;

    public ProviderFake()
    {
        var port = LocalPorts.GetFree();
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseUrl { get; }

    /// <summary>The address of a path on the fake (for output URLs it hands out).</summary>
    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>
    /// From now on <paramref name="method"/> <paramref name="path"/> answers <paramref name="answers"/> one after the other,
    /// the last one from then on; a script given later for the same route replaces the earlier one.
    /// </summary>
    public ProviderFake On(string method, string path, params ProviderAnswer[] answers)
    {
        var route = Interlocked.Increment(ref _routes);
        var scenario = $"{method} {path} #{route}";
        var priority = 1_000_000 - route; // a later script for the same route wins
        if (answers.Length == 1)
        {
            _server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority).RespondWith(answers[0].Response());
            return this;
        }
        for (var i = 0; i < answers.Length; i++)
        {
            var given = _server.Given(Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority).InScenario(scenario);
            if (i > 0)
            {
                given = given.WhenStateIs($"{i}");
            }
            // The last answer keeps the scenario where it is (a step without a next state would start it over).
            given = given.WillSetStateTo($"{Math.Min(i + 1, answers.Length - 1)}");
            given.RespondWith(answers[i].Response());
        }
        return this;
    }

    /// <summary>Forgets every script and every request received (each test starts from a fake that knows nothing).</summary>
    public void Reset() => _server.Reset();

    /// <summary>The requests received for a route, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Received(string method, string path) =>
        [.. _server.LogEntries.Select(e => e.RequestMessage).Where(r => r.Method == method && r.Path == path).OrderBy(r => r.DateTime)];

    /// <summary>Every request received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> All => [.. _server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime)];

    public void Dispose() => _server.Stop();

    /// <summary>A header of a received request (names ignore case), or null.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The JSON body of a received request.</summary>
    public static JsonElement Json(IRequestMessage request) => JsonDocument.Parse(request.Body ?? "null").RootElement.Clone();
}

/// <summary>One answer of a fake provider: a status, headers, a JSON or binary body, and an optional delay.</summary>
public sealed record ProviderAnswer(int Status, object? Json = null, byte[]? Bytes = null, string? ContentType = null, TimeSpan? Delay = null,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ProviderAnswer Ok(object json) => new(200, json);

    public static ProviderAnswer File(byte[] bytes, string contentType) => new(200, Bytes: bytes, ContentType: contentType);

    public static ProviderAnswer Error(int status, object json, string? retryAfter = null) =>
        new(status, json, Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    internal IResponseBuilder Response()
    {
        var response = WireMock.ResponseBuilders.Response.Create().WithStatusCode(Status);
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }
        if (Json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(Json));
        }
        else if (Bytes is not null)
        {
            response = response.WithHeader("Content-Type", ContentType ?? "application/octet-stream").WithBody(Bytes);
        }
        return Delay is { } delay ? response.WithDelay(delay) : response;
    }
}
