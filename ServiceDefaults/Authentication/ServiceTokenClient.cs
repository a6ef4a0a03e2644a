using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>
/// Gets client-credentials tokens from identity-api's <c>/connect/token</c> for calls between services, and caches one
/// until shortly before it expires; concurrent callers share a single request.
/// </summary>
public sealed class ServiceTokenClient(
    IHttpClientFactory httpClients, IOptions<ServiceTokenOptions> options, IOptions<IdentityClientOptions> identity, TimeProvider time)
{
    public const string HttpClientName = "identity-token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && fresh.RenewAt > time.GetUtcNow())
        {
            return fresh.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } other && other.RenewAt > time.GetUtcNow())
            {
                return other.Value;
            }
            _cached = await RequestAsync(cancellationToken);
            return _cached.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var authority = identity.Value.Url ?? throw new InvalidOperationException("Identity:Url is not configured: service tokens come from identity-api.");
        if (string.IsNullOrEmpty(settings.ClientId) || string.IsNullOrEmpty(settings.ClientSecret))
        {
            throw new InvalidOperationException("ServiceAuth:ClientId and ServiceAuth:ClientSecret are not configured.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = GrantTypes.ClientCredentials, ["scope"] = settings.Scope }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{Uri.EscapeDataString(settings.ClientId)}:{Uri.EscapeDataString(settings.ClientSecret)}")));

        var requestedAt = time.GetUtcNow();
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"identity-api refused the service token ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}",
                null, response.StatusCode);
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new HttpRequestException("identity-api answered the token request with an empty body.");
        var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
        var margin = settings.RenewBeforeExpiry < lifetime / 2 ? settings.RenewBeforeExpiry : lifetime / 2;
        return new CachedToken(token.AccessToken, requestedAt + lifetime - margin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
