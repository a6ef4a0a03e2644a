using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

// Usage: Identity.Benchmarks <identity-api base URL> <issuer> [logins=100] [validations=20000]
// 1. Login: sequential POST /api/auth/login round trips (after 10 warm-up ones), client-side wall time.
// 2. Token validation: what every service's JwtBearer does per request, in process, with the keys from the JWKS:
//    signature (RS256), issuer, audience, lifetime and the at+jwt type.
var identity = new Uri(args[0]);
var issuer = args[1];
var logins = args.Length > 2 ? int.Parse(args[2]) : 100;
var validations = args.Length > 3 ? int.Parse(args[3]) : 20000;
using var http = new HttpClient { BaseAddress = identity };

var email = $"bench-{Guid.NewGuid():N}@example.com";
const string password = "Benchmark-Horse-42";
(await http.PostAsJsonAsync("/api/auth/register", new { email, password, name = "Bench" })).EnsureSuccessStatusCode();

string accessToken = "";
for (var i = 0; i < 10; i++)
{
    accessToken = await LoginAsync();
}
var loginTimes = new List<double>();
for (var i = 0; i < logins; i++)
{
    var clock = Stopwatch.StartNew();
    accessToken = await LoginAsync();
    loginTimes.Add(clock.Elapsed.TotalMilliseconds);
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

Console.WriteLine($"login (ms): median {Percentile(loginTimes, 50):0.0}, p95 {Percentile(loginTimes, 95):0.0}, n={logins}");
Console.WriteLine($"token validation (µs): median {Percentile(validationTimes, 50):0.0}, p95 {Percentile(validationTimes, 95):0.0}, n={validations}");
return;

async Task<string> LoginAsync()
{
    var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
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
