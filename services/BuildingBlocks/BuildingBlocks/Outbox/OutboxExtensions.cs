using AiVideo.BuildingBlocks.Maintenance;

namespace AiVideo.BuildingBlocks.Outbox;

public static class OutboxExtensions
{
    /// <summary>Adds an integration event to the context's unit of work: it is published once the transaction commits.</summary>
    public static void AddIntegrationEvent(this DbContext context, object message, DateTimeOffset now) =>
        context.Set<OutboxMessage>().Add(OutboxMessage.Create(message, now));

    /// <summary>
    /// Runs the dispatcher that publishes the context's committed outbox messages, and the retention sweep (section
    /// <c>Retention</c>) that removes old bookkeeping rows. Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox<TContext>(this IHostApplicationBuilder builder, Action<OutboxOptions>? configure = null)
        where TContext : DbContext
    {
        var options = builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(o => o.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        builder.Services.AddSingleton<IntegrationEventTypes>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName)
            .Validate(o => o.PublishedOutboxMessages > TimeSpan.Zero && o.InboxMessages > TimeSpan.Zero && o.DeletedProjects > TimeSpan.Zero
                && o.SweepInterval > TimeSpan.Zero, "Retention: every period and the SweepInterval are positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<RetentionSweeper<TContext>>();
        return builder;
    }
}
