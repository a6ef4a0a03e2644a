using System.Net.Http.Headers;

namespace AiVideo.ServiceDefaults.Authentication;

/// <summary>Adds this service's client-credentials token to every request of an <see cref="HttpClient"/>.</summary>
public sealed class ServiceTokenHandler(ServiceTokenClient tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
