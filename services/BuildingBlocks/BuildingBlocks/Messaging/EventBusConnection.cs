namespace AiVideo.BuildingBlocks.Messaging;

/// <summary>The parts of an <c>amqp://user:pass@host:port/vhost</c> connection string (<c>amqps://</c> for TLS).</summary>
public sealed record EventBusConnection(string Host, int Port, string VirtualHost, string Username, string Password, bool UseTls)
{
    public static EventBusConnection Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
        {
            throw new InvalidOperationException("The eventbus connection string must look like amqp://user:password@host:port/vhost.");
        }

        var tls = uri.Scheme == "amqps";
        var userInfo = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new EventBusConnection(
            uri.Host,
            uri.IsDefaultPort ? (tls ? 5671 : 5672) : uri.Port,
            virtualHost.Length == 0 ? "/" : virtualHost,
            userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest",
            userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest",
            tls);
    }
}
