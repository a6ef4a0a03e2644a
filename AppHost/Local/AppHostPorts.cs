namespace AiVideo.AppHost.Local;

/// <summary>
/// Loopback ports of the resources the operator reaches directly (section <c>AppHost:Ports</c>); 0 picks a free port at
/// start. The services get free ports: clients reach them through the gateway, and the dashboard lists them.
/// </summary>
public sealed class AppHostPorts
{
    public int Gateway { get; set; } = 8080;
    public int Postgres { get; set; } = 55432;
    public int RabbitMq { get; set; } = 55672;
    public int RabbitMqManagement { get; set; } = 55673;
    public int RabbitMqDistribution { get; set; } = 55674;
    public int RabbitMqEpmd { get; set; } = 55675;
    public int Redis { get; set; } = 56379;
    public int S3rver { get; set; }
}
