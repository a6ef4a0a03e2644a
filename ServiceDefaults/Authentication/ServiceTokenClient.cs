using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>
/// Gets client-credentials tokens from identity-api's <c>/connect/token</c> for calls between services, and caches one
/// until shortly before it expires; concurrent callers share a single request. When identity-api cannot be reached (no
/// connection, a 5xx, or no answer within <see cref="ServiceTokenOptions.RequestTimeout"/>) the call fails fast with an
/// <see cref="HttpRequestException"/> of <see cref="HttpRequestError.ConnectionError"/>: nothing was sent to the service
/// the call was for, so that call's resilience pipeline retries it (a POST too). Callers that were waiting for the failed
/// request fail with it instead of each trying again in turn. A refusal (a 4xx: wrong secret or scope) is an
/// <see cref="HttpRequestException"/> with its status code, as before: a configuration error, not "not sent".
/// </summary>
public sealed class ServiceTokenClient(
    IHttpClientFactory httpClients, IOptions<ServiceTokenOptions> options, IOptions<IdentityClientOptions> identity, TimeProvider time)
{
    public const string HttpClientName = "identity-token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;
    private (DateTimeOffset At, Exception Error)? _lastFailure;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && fresh.RenewAt > time.GetUtcNow())
        {
            return fresh.Value;
        }

        var waitingSince = time.GetUtcNow();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } other && other.RenewAt > time.GetUtcNow())
            {
                return other.Value;
            }
            if (_lastFailure is { } failure && failure.At >= waitingSince)
            {
                throw failure.Error;
            }
            try
            {
                _cached = await RequestAsync(cancellationToken);
                _lastFailure = null;
                return _cached.Value;
            }
            catch (HttpRequestException unavailable) when (!cancellationToken.IsCancellationRequested)
            {
                _lastFailure = (time.GetUtcNow(), unavailable);
                throw;
            }
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
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception unreachable) when (!cancellationToken.IsCancellationRequested
            && unreachable is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or OperationCanceledException)
        {
            throw Unavailable($"identity-api did not answer the service-token request ({unreachable.Message})", unreachable);
        }
        using (response)
        {
            if (response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                throw Unavailable($"identity-api answered the service-token request with {(int)response.StatusCode}", null);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"identity-api refused this service's token ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}",
                    null, response.StatusCode);
            }
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw Unavailable("identity-api answered the service-token request with an empty body", null);
            var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
            var margin = settings.RenewBeforeExpiry < lifetime / 2 ? settings.RenewBeforeExpiry : lifetime / 2;
            return new CachedToken(token.AccessToken, requestedAt + lifetime - margin);
        }
    }

    /// <summary>A failure before the call was sent: its pipeline may retry it, whatever its method.</summary>
    private static HttpRequestException Unavailable(string message, Exception? inner) =>
        new(HttpRequestError.ConnectionError, $"{message}; the call that needed the token was not sent.", inner);

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
