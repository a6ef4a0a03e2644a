using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Webhooks.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Webhooks.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The webhooks service's database (migrated at start-up), outbox, inbox and idempotency store.</summary>
    public static IHostApplicationBuilder AddWebhooksInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebhooksContext>(ResourceNames.WebhooksDatabase, typeof(WebhooksContext).Assembly, MigrationsSource);
        builder.AddOutbox<WebhooksContext>();
        builder.AddInbox<WebhooksContext>();
        builder.AddIdempotency<WebhooksContext>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "webhooks";
}
