using AiVideo.AppHost.Local;

namespace AiVideo.AppHost.Servers;

public static class RedisServerExtensions
{
    /// <summary>
    /// Redis: Aspire's container integration where a container runtime answers or when publishing, else the installed
    /// redis-server as an executable resource.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRedisServer(this IDistributedApplicationBuilder builder, string name)
    {
        var run = LocalRun.Of(builder);
        if (ExternalServers.TryUse(builder, name, out var external))
        {
            return external;
        }
        if (run.UseContainers)
        {
            return builder.AddRedis(name).WithDataVolume();
        }

        var port = LocalPorts.OrFree(run.Settings.Ports.Redis);
        var server = new LocalRedisResource(name, "bash", run.RepositoryRoot);
        var health = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(health, ct => ServerHealth.RedisAsync(server, ct));
        return builder.AddResource(server)
            .WithArgs(run.ScriptPath("redis.sh"), Path.Combine(run.DataDirectory, "redis"), port.ToString(),
                run.Settings.Ephemeral ? "ephemeral" : "persistent")
            .WithEndpoint(name: LocalRedisResource.EndpointName, port: port, targetPort: port, scheme: "tcp", isProxied: false)
            .WithHealthCheck(health)
            .WithIconName("Database");
    }
}
