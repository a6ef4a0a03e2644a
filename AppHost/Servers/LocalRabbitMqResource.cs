namespace AiVideo.AppHost.Servers;

/// <summary>
/// A RabbitMQ node run from the installed package (servers/rabbitmq.sh) with the management plugin, on loopback, with a
/// private epmd (its own resource). guest/guest works from loopback only.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";
    internal const string ManagementEndpointName = "management";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public EndpointReference ManagementEndpoint => new(this, ManagementEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}/");
}
