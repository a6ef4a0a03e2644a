using System.Reflection;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.SharedKernel.Vocabulary;
using MassTransit;

namespace AiVideo.BuildingBlocks.Messaging;

public static class EventBusExtensions
{
    /// <summary>
    /// Connects the service to the RabbitMQ event bus (<c>ConnectionStrings__eventbus</c>) with MassTransit: queues named
    /// <c>&lt;service&gt;-&lt;consumer&gt;</c>, retries with backoff then the <c>_error</c> queue, the inbox around every
    /// consumer when the service has one, and a bus health check. The bus keeps reconnecting in the background while the
    /// broker is down, so start-up does not fail on it.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus(
        this IHostApplicationBuilder builder, string serviceName, Assembly consumers, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.EventBus);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string '{ResourceNames.EventBus}' is not configured (ConnectionStrings__{ResourceNames.EventBus}).");
        }

        var connection = EventBusConnection.Parse(connectionString);
        var options = builder.Configuration.GetSection(EventBusOptions.SectionName).Get<EventBusOptions>() ?? new EventBusOptions();
        var withInbox = builder.Services.Any(d => d.ServiceType == typeof(IInbox));

        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry(); // the product runs offline; nothing phones home
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.AddConsumers(consumers);
            configure?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(retry => retry.Exponential(
                    options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, TimeSpan.FromMilliseconds(100)));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(connection.Host, (ushort)connection.Port, connection.VirtualHost, serviceName, host =>
                {
                    host.Username(connection.Username);
                    host.Password(connection.Password);
                    if (connection.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = connection.Host);
                    }
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                if (withInbox)
                {
                    rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                }
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
