using AiVideo.BuildingBlocks.Idempotency;
using AiVideo.BuildingBlocks.Inbox;
using AiVideo.BuildingBlocks.Outbox;
using AiVideo.BuildingBlocks.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Projects.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;

namespace AiVideo.Projects.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The projects service's database (migrated at start-up), outbox, inbox and idempotency store.</summary>
    public static IHostApplicationBuilder AddProjectsInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProjectsContext>(ResourceNames.ProjectsDatabase, typeof(ProjectsContext).Assembly, MigrationsSource);
        builder.AddOutbox<ProjectsContext>();
        builder.AddInbox<ProjectsContext>();
        builder.AddIdempotency<ProjectsContext>();
        return builder;
    }

    /// <summary>The name this service's migrations are recorded under in <c>schema_migrations</c>.</summary>
    public const string MigrationsSource = "projects";
}
