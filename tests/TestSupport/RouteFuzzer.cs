using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Testing;

/// <summary>A route of a service as the fuzzer calls it: its method and its template (<c>/api/files/{id:guid}</c>).</summary>
public sealed record FuzzRoute(string Method, RoutePattern Pattern)
{
    public override string ToString() => $"{Method} /{Pattern.RawText?.TrimStart('/')}";
}

/// <summary>One answer the fuzzer found wrong: the seed and the request that reproduce it, and what was wrong.</summary>
public sealed record FuzzFinding(int Seed, int Index, string Request, int Status, string Problem, string Body)
{
    public override string ToString() =>
        $"seed {Seed}, request #{Index}: {Request}\n  → {Status}: {Problem}\n  body: {(Body.Length > 400 ? Body[..400] + "…" : Body)}";
}

/// <summary>
/// Sends malformed requests over every route of a service, generated from a seeded <see cref="Random"/> so a failure
/// reproduces: bad, truncated, huge and deeply nested JSON, wrong types, NUL and control characters and overlong strings in
/// route values, query strings and headers, wrong or absent Content-Type, multipart bodies without a boundary or cut short,
/// forms with many fields, odd Accept values; anonymous or with a real user's token. An answer is wrong when it is a 5xx,
/// when any body holds a stack trace, an exception's type name or an internal address, or when a 4xx is not problem+json
/// (the token server's routes answer OAuth errors, application/json with an <c>error</c>, as RFC 6749 says).
/// </summary>
public sealed class RouteFuzzer
{
    private static readonly Regex StackTrace = new(@"\bat [\w.`<>]+\.[\w<>`]+\(|\.cs:line \d+|--- End of", RegexOptions.Compiled);
    private static readonly Regex ExceptionName = new(@"\b(?:System|Microsoft|Npgsql|OpenIddict|AiVideo|MassTransit|Amazon)\.[\w.]*Exception\b|\b\w+Exception\b", RegexOptions.Compiled);

    private static readonly string[] Accepts =
    [
        "application/xml", "text/html", "image/png", "*/*", "application/json", "application/problem+json", "text/event-stream",
        "", "application/", "x/y;q=abc", "application/json;q=0", "text/plain, application/xml;q=0.9", new string('a', 5_000),
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-16", "application/json; charset=nope", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unterminated",
        "application/octet-stream", "", "/", "application/json;;;", "*/*",
    ];

    private readonly HttpClient _http;
    private readonly IReadOnlyList<FuzzRoute> _routes;
    private readonly IReadOnlyList<string> _internalAddresses;

    /// <param name="http">A client of the service (its base address set).</param>
    /// <param name="services">The service's container, whose <see cref="EndpointDataSource"/> lists its routes.</param>
    /// <param name="internalAddresses">Addresses no answer may name (the database's, the broker's, the service's own).</param>
    public RouteFuzzer(HttpClient http, IServiceProvider services, IEnumerable<string> internalAddresses)
    {
        _http = http;
        _routes = Routes(services);
        _internalAddresses = internalAddresses.Where(a => !string.IsNullOrEmpty(a)).Distinct().ToList();
    }

    public IReadOnlyList<FuzzRoute> RoutesFound => _routes;

    /// <summary>Every route the service maps with an HTTP method, each method apart.</summary>
    public static IReadOnlyList<FuzzRoute> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new FuzzRoute(m, e.RoutePattern)))
            .DistinctBy(r => r.ToString())
            .OrderBy(r => r.ToString(), StringComparer.Ordinal)
            .ToList();

    /// <summary>Sends <paramref name="count"/> requests generated from <paramref name="seed"/>; the wrong answers.</summary>
    /// <param name="tokens">Bearer tokens to send (a real user's); a request goes anonymous too, at random.</param>
    public async Task<IReadOnlyList<FuzzFinding>> RunAsync(int seed, int count, IReadOnlyList<string> tokens, int parallelism = 4)
    {
        var random = new Random(seed);
        // Generated in order from the one Random, then sent a few at a time: the same seed makes the same requests.
        var requests = Enumerable.Range(0, count).Select(i => (Index: i, Make: Generate(random, tokens))).ToList();
        var findings = new System.Collections.Concurrent.ConcurrentBag<FuzzFinding>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (item, cancellation) =>
        {
            using var request = item.Make.Build();
            var description = item.Make.Describe();
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellation);
            }
            catch (HttpRequestException)
            {
                return; // the client would not send it (a header it refuses): nothing reached the service
            }
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellation);
                if (Check(request, response, body) is { } problem)
                {
                    findings.Add(new FuzzFinding(seed, item.Index, description, (int)response.StatusCode, problem, body));
                }
            }
        });
        return findings.OrderBy(f => f.Index).ToList();
    }

    private string? Check(HttpRequestMessage request, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "a server error";
        }
        if (StackTrace.IsMatch(body))
        {
            return "a stack trace in the body";
        }
        if (ExceptionName.Match(body) is { Success: true } exception)
        {
            return $"an exception's name in the body ({exception.Value})";
        }
        if (status >= 400)
        {
            if (_internalAddresses.FirstOrDefault(a => body.Contains(a, StringComparison.OrdinalIgnoreCase)) is { } address)
            {
                return $"an internal address in the body ({address})";
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            // The token server answers OAuth errors as RFC 6749 has them: JSON, or text where it has no client to redirect to.
            var oauth = request.RequestUri!.AbsolutePath.StartsWith("/connect/", StringComparison.Ordinal)
                && ((mediaType == "application/json" && body.Contains("\"error\"", StringComparison.Ordinal))
                    || (mediaType == "text/plain" && body.StartsWith("error:", StringComparison.Ordinal)));
            // Kestrel refuses a request it cannot parse (a NUL in a header, a request line too long) before any of the
            // service's code runs: an empty 4xx that closes the connection.
            var refusedByServer = body.Length == 0 && response.Headers.ConnectionClose == true;
            if (request.Method != HttpMethod.Head && mediaType != "application/problem+json" && !oauth && !refusedByServer)
            {
                return $"a {status} that is not problem+json ({mediaType ?? "no content type"})";
            }
        }
        return null;
    }

    private FuzzRequest Generate(Random random, IReadOnlyList<string> tokens)
    {
        var route = _routes[random.Next(_routes.Count)];
        var path = new StringBuilder();
        foreach (var segment in route.Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(RouteValue(random, parameter)),
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }
        if (path.Length == 0)
        {
            path.Append('/');
        }
        var query = random.Next(3) == 0 ? "" : "?" + string.Join("&", Enumerable.Range(0, random.Next(1, 6)).Select(_ => QueryPair(random)));
        var headers = new List<(string, string)>();
        if (random.Next(3) != 0)
        {
            headers.Add(("Accept", Pick(random, Accepts)));
        }
        for (var i = random.Next(3); i > 0; i--)
        {
            headers.Add((Pick(random, ["X-Request-Id", "Idempotency-Key", "If-None-Match", "Range", "X-Forwarded-For", "X-Forwarded-Host", "X-Company-Id", "Origin", "Cookie"]), Nasty(random)));
        }
        var authorization = (random.Next(5)) switch
        {
            0 => null,
            1 => Pick(random, ["Bearer", "Bearer ", "Bearer abc.def.ghi", "Basic ???", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("a\0b:c")), "Bearer " + new string('x', 9_000)]),
            _ => tokens.Count == 0 ? null : "Bearer " + tokens[random.Next(tokens.Count)],
        };
        var (content, contentType, bodyDescription) = route.Method is "GET" or "HEAD" or "DELETE" && random.Next(4) != 0
            ? ((byte[]?)null, (string?)null, "")
            : Body(random);
        return new FuzzRequest(route, route.Method, path + query, headers, authorization, content, contentType, bodyDescription);
    }

    private static string RouteValue(Random random, RoutePatternParameterPart parameter) => random.Next(6) switch
    {
        0 => SeededGuid(random).ToString(),
        1 => random.Next(-5, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Nasty(random),
    };

    private static string QueryPair(Random random)
    {
        var name = Pick(random, ["page", "pageSize", "limit", "offset", "cursor", "projectId", "companyId", "kind", "status", "q", "sort", "client_id",
            "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method", "nonce", "expires", "signature", "token", Nasty(random)]);
        return Uri.EscapeDataString(name) + (random.Next(8) == 0 ? "" : "=" + Uri.EscapeDataString(Nasty(random)));
    }

    /// <summary>A malformed value: control characters, NUL, overlong, odd numbers, odd Unicode, paths, injections.</summary>
    private static string Nasty(Random random) => random.Next(14) switch
    {
        0 => "\0",
        1 => "a\0b",
        2 => new string((char)random.Next(1, 32), random.Next(1, 4)),
        3 => new string('x', random.Next(1_000, 20_000)),
        4 => "-1",
        5 => "99999999999999999999999",
        6 => "NaN",
        7 => "../../etc/passwd",
        8 => "'; DROP TABLE users; --",
        9 => "\uD800",
        10 => "%00%ZZ%",
        11 => "<script>alert(1)</script>",
        12 => "",
        _ => SeededGuid(random) + "\u202e\uFEFF",
    };

    private static Guid SeededGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static (byte[]?, string?, string) Body(Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                return (Encoding.UTF8.GetBytes("{\"email\": \"x@example.com\", \"password\": "), Pick(random, ContentTypes), "truncated JSON");
            case 1:
                var depth = random.Next(64, 2_000);
                return (Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)), "application/json", $"JSON nested {depth} deep");
            case 2:
                return (Encoding.UTF8.GetBytes($"{{\"name\": \"{new string('n', random.Next(100_000, 600_000))}\"}}"), "application/json", "huge JSON string");
            case 3:
                return (Encoding.UTF8.GetBytes(WrongTypes(random)), "application/json", "JSON of wrong types");
            case 4:
                return (Encoding.UTF8.GetBytes("{\"a\":\"b\0c\",\"name\":\"\u0001\u0002\",\"email\":\"a\0@example.com\"}"), "application/json", "JSON with control characters");
            case 5:
                return ([0xFF, 0xFE, 0x00, 0x7B, 0xC3, 0x28], Pick(random, ContentTypes), "invalid UTF-8");
            case 6:
                return (Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc"), "multipart/form-data; boundary=b", "truncated multipart");
            case 7:
                return (Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--b--\r\n"), "multipart/form-data", "multipart without a boundary");
            case 8:
                var fields = random.Next(900, 3_000);
                return (Encoding.UTF8.GetBytes(string.Join("&", Enumerable.Range(0, fields).Select(i => $"f{i}=v"))), "application/x-www-form-urlencoded", $"form of {fields} fields");
            case 9:
                var form = string.Join("&", Enumerable.Range(0, random.Next(1, 6)).Select(_ => QueryPair(random)));
                return (Encoding.UTF8.GetBytes("grant_type=" + Pick(random, ["password", "client_credentials", "refresh_token", "authorization_code", "%00", ""]) + "&" + form),
                    "application/x-www-form-urlencoded", "form " + form[..Math.Min(form.Length, 200)]);
            case 10:
                return ([], Pick(random, ContentTypes), "empty body");
            default:
                var garbage = new byte[random.Next(1, 4_096)];
                random.NextBytes(garbage);
                return (garbage, Pick(random, ContentTypes), $"{garbage.Length} random bytes");
        }
    }

    private static string WrongTypes(Random random) => Pick(random,
    [
        "[]", "null", "42", "\"text\"", "true",
        "{\"email\": 42, \"password\": [], \"name\": {}}",
        "{\"fileName\": 1e400, \"size\": \"big\", \"contentType\": null, \"projectId\": \"not-a-guid\"}",
        "{\"size\": -1, \"parts\": 99999999999, \"fileName\": \"\"}",
        "{\"size\": 1.5, \"projectId\": 123, \"kind\": [1,2]}",
        "{\"refreshToken\": {}, \"companyId\": \"x\"}",
        "{\"data\": \"!!!not base64!!!\", \"fileName\": \"a\", \"contentType\": \"image/png\"}",
        "{\"role\": \"SUPERUSER\", \"email\": \"\"}",
        "{\"a\":1,\"a\":2}",
        "{\"name\": \"x\"} trailing",
    ]);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record FuzzRequest(
        FuzzRoute Route, string Method, string PathAndQuery, List<(string Name, string Value)> Headers, string? Authorization,
        byte[]? Content, string? ContentType, string BodyDescription)
    {
        public HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
            foreach (var (name, value) in Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
            if (Authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", Authorization);
            }
            if (Content is not null)
            {
                request.Content = new ByteArrayContent(Content);
                if (!string.IsNullOrEmpty(ContentType))
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }
            return request;
        }

        public string Describe()
        {
            static string Shown(string text) => Escape(text.Length > 120 ? text[..120] + $"…({text.Length} chars)" : text);
            var headers = string.Join(", ", Headers.Select(h => $"{h.Name}: {Shown(h.Value)}"));
            return $"{Method} {Shown(PathAndQuery)} [{Route}] headers [{headers}] auth [{(Authorization is null ? "anonymous" : Shown(Authorization))}]"
                + (Content is null ? "" : $" body [{BodyDescription}, {Content.Length} bytes, Content-Type {Shown(ContentType ?? "none")}]");
        }

        private static string Escape(string text) =>
            string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
