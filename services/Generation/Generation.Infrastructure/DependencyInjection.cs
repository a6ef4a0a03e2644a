using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Generation.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Generation.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The generation service's database (migrated at start-up), outbox, inbox and idempotency store.</summary>
    public static IHostApplicationBuilder AddGenerationInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<GenerationContext>(ResourceNames.GenerationDatabase, typeof(GenerationContext).Assembly, MigrationsSource);
        builder.AddOutbox<GenerationContext>();
        builder.AddInbox<GenerationContext>();
        builder.AddIdempotency<GenerationContext>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "generation";
}
