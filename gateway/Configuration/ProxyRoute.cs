using AiVideo.Gateway.Transforms;

namespace AiVideo.Gateway.Configuration;

/// <summary>A route ready for use: its template, cluster and transforms.</summary>
public sealed class ProxyRoute(
    string id, string path, IReadOnlyList<string>? methods, int? order, long? maxRequestBodySize, ProxyCluster cluster,
    IReadOnlyList<IRequestTransform> requestTransforms, IReadOnlyList<IResponseTransform> responseTransforms)
{
    public string Id { get; } = id;

    public string Path { get; } = path;

    public IReadOnlyList<string>? Methods { get; } = methods;

    public int? Order { get; } = order;

    /// <summary>Null keeps the server's limit; -1 lifts it.</summary>
    public long? MaxRequestBodySize { get; } = maxRequestBodySize;

    public ProxyCluster Cluster { get; } = cluster;

    public IReadOnlyList<IRequestTransform> RequestTransforms { get; } = requestTransforms;

    public IReadOnlyList<IResponseTransform> ResponseTransforms { get; } = responseTransforms;
}
