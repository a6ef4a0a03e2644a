namespace AiVideo.ServiceDefaults.Http;

/// <summary>Rewrites each request's address through <see cref="ServiceEndpointResolver"/> just before it is sent (so a retry resolves again).</summary>
public sealed class ServiceDiscoveryHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            request.RequestUri = resolver.Resolve(uri);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
