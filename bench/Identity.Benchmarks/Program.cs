using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

// Usage: Identity.Benchmarks <identity-api base URL> <issuer> [requests=100] [validations=20000] [concurrency=8] [seconds=10]
// The client-credentials client is read from BENCH_CLIENT_ID and BENCH_CLIENT_SECRET (a client identity-api was configured with).
// 1. Latency: sequential round trips, after 10 warm-up ones, client-side wall time: POST /api/auth/login,
//    POST /api/auth/refresh (each with the refresh token the previous one returned: rotation is part of the cost) and
//    POST /connect/token with grant_type=client_credentials.
// 2. Throughput: the same three for a fixed time with <concurrency> callers at once, each with its own account and
//    session; requests per second and the median under that load.
// 3. Token validation: what every service's JwtBearer does per request, in process, with the keys from the JWKS:
//    signature (RS256), issuer, audience, lifetime and the at+jwt type.
var identity = new Uri(args[0]);
var issuer = args[1];
var requests = args.Length > 2 ? int.Parse(args[2]) : 100;
var validations = args.Length > 3 ? int.Parse(args[3]) : 20000;
var concurrency = args.Length > 4 ? int.Parse(args[4]) : 8;
var seconds = args.Length > 5 ? int.Parse(args[5]) : 10;
var clientId = Environment.GetEnvironmentVariable("BENCH_CLIENT_ID") ?? throw new InvalidOperationException("BENCH_CLIENT_ID is not set.");
var clientSecret = Environment.GetEnvironmentVariable("BENCH_CLIENT_SECRET") ?? throw new InvalidOperationException("BENCH_CLIENT_SECRET is not set.");
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = identity };
var callers = new List<Caller>();
for (var i = 0; i < concurrency; i++)
{
    callers.Add(await Caller.RegisterAsync(http));
}
var first = callers[0];

var rows = new List<string>();
foreach (var (name, operation) in new (string, Func<Caller, Task>)[]
         {
             ("login", caller => caller.LoginAsync(http)),
             ("refresh", caller => caller.RefreshAsync(http)),
             ("client credentials at /connect/token", _ => ClientCredentialsAsync()),
         })
{
    for (var i = 0; i < 10; i++)
    {
        await operation(first);
    }
    var sequential = new List<double>();
    for (var i = 0; i < requests; i++)
    {
        var clock = Stopwatch.StartNew();
        await operation(first);
        sequential.Add(clock.Elapsed.TotalMilliseconds);
    }
    var underLoad = new List<double>[concurrency];
    var deadline = Stopwatch.StartNew();
    await Task.WhenAll(callers.Select(async (caller, index) =>
    {
        underLoad[index] = [];
        while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var clock = Stopwatch.StartNew();
            await operation(caller);
            underLoad[index].Add(clock.Elapsed.TotalMilliseconds);
        }
    }));
    var loaded = underLoad.SelectMany(times => times).ToList();
    rows.Add($"| {name} | {Percentile(sequential, 50):0.0} | {Percentile(sequential, 95):0.0} | {loaded.Count / deadline.Elapsed.TotalSeconds:0} | {Percentile(loaded, 50):0.0} |");
}

var jwks = new JsonWebKeySet(await http.GetStringAsync("/.well-known/jwks.json"));
var handler = new JsonWebTokenHandler();
var parameters = new TokenValidationParameters
{
    ValidIssuer = issuer,
    ValidAudience = "aivideo",
    IssuerSigningKeys = jwks.GetSigningKeys(),
    ValidTypes = ["at+jwt"],
    ValidAlgorithms = ["RS256"],
    ClockSkew = TimeSpan.FromSeconds(30),
};
var accessToken = first.AccessToken;
for (var i = 0; i < 500; i++)
{
    await ValidateAsync();
}
var validationTimes = new List<double>(validations);
for (var i = 0; i < validations; i++)
{
    var clock = Stopwatch.StartNew();
    await ValidateAsync();
    validationTimes.Add(clock.Elapsed.TotalMicroseconds);
}

Console.WriteLine($"| request | median (ms), one at a time | p95 (ms), one at a time | requests/s, {concurrency} at once | median (ms), {concurrency} at once |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
rows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine($"token validation (µs): median {Percentile(validationTimes, 50):0.0}, p95 {Percentile(validationTimes, 95):0.0}, n={validations}");
return;

async Task ClientCredentialsAsync()
{
    using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret,
    }));
    await Caller.EnsureAsync(response, "client credentials");
}

async Task ValidateAsync()
{
    var result = await handler.ValidateTokenAsync(accessToken, parameters);
    if (!result.IsValid)
    {
        throw new InvalidOperationException($"The token did not validate: {result.Exception?.Message}");
    }
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Clamp(Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>One account signing in and refreshing its own session, as one user's client would.</summary>
internal sealed class Caller(string email)
{
    private const string Password = "Benchmark-Horse-42";

    public string AccessToken { get; private set; } = "";

    private string RefreshToken { get; set; } = "";

    public static async Task<Caller> RegisterAsync(HttpClient http)
    {
        var caller = new Caller($"bench-{Guid.NewGuid():N}@example.com");
        using var response = await http.PostAsJsonAsync("/api/auth/register", new { email = caller.Email, password = Password, name = "Bench" });
        caller.Take(await EnsureAsync(response, "register"));
        return caller;
    }

    public string Email => email;

    public async Task LoginAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        Take(await EnsureAsync(response, "login"));
    }

    public async Task RefreshAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = RefreshToken });
        Take(await EnsureAsync(response, "refresh"));
    }

    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
        }
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private void Take(JsonElement answer)
    {
        AccessToken = answer.GetProperty("accessToken").GetString()!;
        RefreshToken = answer.GetProperty("refreshToken").GetString()!;
    }
}
