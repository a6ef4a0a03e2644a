using AiVideo.AppHost.Local;

namespace AiVideo.AppHost.Servers;

public static class EventBusExtensions
{
    /// <summary>
    /// The RabbitMQ event bus: Aspire's container integration (with the management plugin) where a container runtime
    /// answers or when publishing, else the installed RabbitMQ as an executable resource with its own epmd.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddEventBus(this IDistributedApplicationBuilder builder, string name)
    {
        var run = LocalRun.Of(builder);
        if (ExternalServers.TryUse(builder, name, out var external))
        {
            return external;
        }
        if (run.UseContainers)
        {
            return builder.AddRabbitMQ(name).WithManagementPlugin().WithDataVolume();
        }

        var data = Path.Combine(run.DataDirectory, "rabbitmq");
        Directory.CreateDirectory(data);
        var ports = run.Settings.Ports;
        var (amqp, management, distribution, epmdPort) = (LocalPorts.OrFree(ports.RabbitMq), LocalPorts.OrFree(ports.RabbitMqManagement),
            LocalPorts.OrFree(ports.RabbitMqDistribution), LocalPorts.OrFree(ports.RabbitMqEpmd));
        File.WriteAllText(Path.Combine(data, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{amqp}
            loopback_users.guest = true
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {management}
            log.console = true
            log.console.level = warning
            log.file = false
            """);
        File.WriteAllText(Path.Combine(data, "enabled_plugins"), "[rabbitmq_management].");

        var epmdHealth = $"{name}-epmd-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdHealth, ct => ServerHealth.AcceptsAsync(epmdPort, ct));
        var epmd = builder.AddResource(new EpmdResource($"{name}-epmd", "epmd", data))
            .WithArgs("-port", epmdPort.ToString(), "-address", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEndpoint(name: "tcp", port: epmdPort, targetPort: epmdPort, scheme: "tcp", isProxied: false)
            .WithHealthCheck(epmdHealth);

        var server = new LocalRabbitMqResource(name, "bash", data);
        var health = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(health, ct => ServerHealth.RabbitMqAsync(server, ct));
        const string loopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";
        var rabbit = builder.AddResource(server)
            .WithArgs(run.ScriptPath("rabbitmq.sh"))
            .WithEnvironment("HOME", Path.Combine(data, "home"))
            .WithEnvironment("RABBITMQ_NODENAME", "aivideo@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", amqp.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", distribution.ToString())
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort.ToString())
            // No Erlang VM of this node may start an epmd of its own (RabbitMQ restarts a missing one as a daemon while
            // it shuts down, which would outlive the run): the epmd resource is the only one.
            .WithEnvironment("ERL_AFLAGS", "-start_epmd false")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(data, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(data, "log"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(data, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(data, "rabbitmq"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(data, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", loopbackDistribution)
            .WithEnvironment("RABBITMQ_CTL_ERL_ARGS", loopbackDistribution)
            .WithEndpoint(name: LocalRabbitMqResource.EndpointName, port: amqp, targetPort: amqp, scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(name: LocalRabbitMqResource.ManagementEndpointName, port: management, targetPort: management, isProxied: false)
            .WithHealthCheck(health)
            .WithIconName("Mail")
            .WaitFor(epmd);
        epmd.WithParentRelationship(rabbit);
        return rabbit;
    }
}
